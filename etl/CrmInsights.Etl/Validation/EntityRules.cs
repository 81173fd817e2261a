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

    /// <summary>A response belongs to somebody: customer_id, loyalty_id or email.</summary>
    public static SurveyResponseRecord SurveyResponse(FieldReader reader, SurveyResponseRecord response)
    {
        NamesSomebody(reader, response.CustomerId, response.LoyaltyId, response.Email, "A response", "its respondent");
        return response;
    }

    /// <summary>An invitation went to somebody: customer_id, loyalty_id or email (else no response could ever answer it).</summary>
    public static SurveyInvitationRecord SurveyInvitation(FieldReader reader, SurveyInvitationRecord invitation)
    {
        NamesSomebody(reader, invitation.CustomerId, invitation.LoyaltyId, invitation.Email, "An invitation", "its invitee");
        return invitation;
    }

    private static void NamesSomebody(FieldReader reader, string? customerId, string? loyaltyId, string? email, string row, string person)
    {
        if (customerId is null && loyaltyId is null && email is null)
        {
            // An identity nulled as optional (unreadable, or too long to store) would leave the row nobody's: it rejects
            // with that field's own reason.
            if (reader.Warnings.FirstOrDefault(w => w.Field is "customer_id" or "loyalty_id" or "email") is { } identity)
            {
                reader.Fail(identity.Field, identity.Code, identity.Message);
            }
            else
            {
                var mapping = reader.Mapping;
                reader.Fail("customer_id", RejectCodes.MissingIdentity,
                    $"{row} needs customer_id, loyalty_id or email to name {person} and this row has none; map the export's column with {mapping.FieldKey("customer_id")}:Column, {mapping.FieldKey("loyalty_id")}:Column or {mapping.FieldKey("email")}:Column.");
            }
        }
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
