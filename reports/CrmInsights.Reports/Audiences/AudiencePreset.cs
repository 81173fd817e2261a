namespace CrmInsights.Reports.Audiences;

/// <summary>The columns an email tool imports, each from a column of the classified audience (alias <c>a</c>).</summary>
/// <param name="Name">The preset's name on the command line.</param>
/// <param name="Columns">Header as the tool expects it, and the SQL expression (constants only) it is filled from.</param>
/// <param name="OfferColumns">
/// Added for the next best offers list: what to offer, from the customer's offers of the month (alias <c>x</c>, see
/// <see cref="AudienceSql"/>), named as the tool's merge fields would be.
/// </param>
public sealed record AudiencePreset(string Name, IReadOnlyList<(string Header, string Source)> Columns, IReadOnlyList<(string Header, string Source)> OfferColumns)
{
    /// <summary>Our own columns (the default).</summary>
    public static AudiencePreset Plain { get; } = new("plain",
        [("customer_id", "a.CustomerId"), ("email", "a.Email"), ("first_name", "a.FirstName"), ("last_name", "a.LastName")],
        Offers(n => $"offer_{n}_sku", n => $"offer_{n}_name", "offer_because"));

    /// <summary>
    /// Mailchimp's audience import: Email Address, First Name, Last Name (FNAME/LNAME merge fields); the offers as merge
    /// tags of at most 10 capitals and digits (OFFER1SKU, OFFER1NAME, ..., OFFERWHY), Mailchimp's limit for a tag.
    /// </summary>
    public static AudiencePreset Mailchimp { get; } = new("mailchimp",
        [("Email Address", "a.Email"), ("First Name", "a.FirstName"), ("Last Name", "a.LastName")],
        Offers(n => $"OFFER{n}SKU", n => $"OFFER{n}NAME", "OFFERWHY"));

    /// <summary>
    /// SendGrid Marketing Campaigns contacts import: its reserved fields email, first_name, last_name, external_id; the
    /// offers as custom fields (letters, digits and underscores, not starting with a digit: offer_1_sku, ...).
    /// </summary>
    public static AudiencePreset SendGrid { get; } = new("sendgrid",
        [("email", "a.Email"), ("first_name", "a.FirstName"), ("last_name", "a.LastName"), ("external_id", "a.CustomerId")],
        Offers(n => $"offer_{n}_sku", n => $"offer_{n}_name", "offer_because"));

    /// <summary>Every preset.</summary>
    public static IReadOnlyList<AudiencePreset> All { get; } = [Plain, Mailchimp, SendGrid];

    // The best three offers (SKU, or category at category level, and name; empty when fewer) and what the best one is for.
    private static IReadOnlyList<(string Header, string Source)> Offers(Func<int, string> sku, Func<int, string> name, string because) =>
    [
        .. Enumerable.Range(1, AudienceSql.OffersExported).SelectMany(n => new[] { (sku(n), $"x.Offer{n}Item"), (name(n), $"x.Offer{n}Name") }),
        (because, "x.BecauseName"),
    ];
}
