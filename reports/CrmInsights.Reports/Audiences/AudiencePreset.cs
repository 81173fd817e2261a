namespace CrmInsights.Reports.Audiences;

/// <summary>The columns an email tool imports, each from a column of the classified audience (alias <c>a</c>).</summary>
/// <param name="Name">The preset's name on the command line.</param>
/// <param name="Columns">Header as the tool expects it, and the SQL expression (constants only) it is filled from.</param>
public sealed record AudiencePreset(string Name, IReadOnlyList<(string Header, string Source)> Columns)
{
    /// <summary>Our own columns (the default).</summary>
    public static AudiencePreset Plain { get; } = new("plain",
        [("customer_id", "a.CustomerId"), ("email", "a.Email"), ("first_name", "a.FirstName"), ("last_name", "a.LastName")]);

    /// <summary>Mailchimp's audience import: Email Address, First Name, Last Name (FNAME/LNAME merge fields).</summary>
    public static AudiencePreset Mailchimp { get; } = new("mailchimp",
        [("Email Address", "a.Email"), ("First Name", "a.FirstName"), ("Last Name", "a.LastName")]);

    /// <summary>SendGrid Marketing Campaigns contacts import: its reserved fields email, first_name, last_name, external_id.</summary>
    public static AudiencePreset SendGrid { get; } = new("sendgrid",
        [("email", "a.Email"), ("first_name", "a.FirstName"), ("last_name", "a.LastName"), ("external_id", "a.CustomerId")]);

    /// <summary>Every preset.</summary>
    public static IReadOnlyList<AudiencePreset> All { get; } = [Plain, Mailchimp, SendGrid];
}
