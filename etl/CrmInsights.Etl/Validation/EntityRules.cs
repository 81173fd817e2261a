using System.Globalization;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>The rules of an entity that its fields' types do not express: cross-field checks and normalisations.</summary>
internal static class EntityRules
{
    /// <summary>Currency codes upper-cased; discount and tax carry the quantity's sign.</summary>
    public static OrderLineRecord OrderLine(FieldReader reader, OrderLineRecord line)
    {
        SignedLikeQuantity(reader, "discount_amount", line.DiscountAmount, line.Quantity);
        SignedLikeQuantity(reader, "tax_amount", line.TaxAmount, line.Quantity);
        var currency = line.Currency?.ToUpperInvariant();
        return string.Equals(currency, line.Currency, StringComparison.Ordinal) ? line : line with { Currency = currency };
    }

    /// <summary>A response belongs to somebody: customer_id or email.</summary>
    public static SurveyResponseRecord SurveyResponse(FieldReader reader, SurveyResponseRecord response)
    {
        if (response.CustomerId is null && response.Email is null)
        {
            // An unreadable email nulled as optional would leave the response nobody's: it rejects with the email's own reason.
            if (reader.Warnings.FirstOrDefault(w => w.Field == "email") is { } email)
            {
                reader.Fail(email.Field, email.Code, email.Message);
            }
            else
            {
                reader.Fail("customer_id", RejectCodes.MissingIdentity, "A response needs customer_id or email; both are missing.");
            }
        }

        return response;
    }

    // A line's net is quantity x unit_price - discount_amount (unit_price is never negative), so a return carries a negative
    // quantity with zero or negative discount and tax, and a sale zero or positive ones. Any other mix (a negative discount
    // on a sale would add revenue, a positive tax on a return would charge it) has no meaning to net: rejected, not guessed.
    private static void SignedLikeQuantity(FieldReader reader, string name, decimal? amount, int quantity)
    {
        if (reader.Error is null && amount is { } a && a != 0 && Math.Sign(a) != Math.Sign(quantity))
        {
            var text = a.ToString(CultureInfo.InvariantCulture);
            reader.Fail(name, RejectCodes.OutOfRange, quantity == 0
                ? $"{name} {text} on a line with quantity 0: a line that moves no goods carries no {name}."
                : $"{name} {text} has the opposite sign to quantity {quantity}: a sale (positive quantity) carries zero or positive discount_amount and tax_amount, a return (negative quantity) zero or negative ones.");
        }
    }
}
