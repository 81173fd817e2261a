namespace CrmInsights.Reports.Model;

/// <summary>
/// The <c>Reports:MinimumSamples</c> settings: below its minimum n a rate is marked "small sample" wherever it is
/// shown and the narrative never cites it (KPI catalog, "Sample sizes and unknowns").
/// </summary>
public sealed class MinimumSamples
{
    /// <summary>Survey answers behind NPS, CSAT and CES (default 30).</summary>
    public int Answers { get; set; } = 30;

    /// <summary>Complaints behind resolution times and the share resolved within the SLA (default 10).</summary>
    public int Complaints { get; set; } = 10;

    /// <summary>Customers behind retention, churn, reactivation, repeat and member rates (default 30).</summary>
    public int Customers { get; set; } = 30;

    /// <summary>Sessions behind engagement, bounce, conversion and identified share (default 30).</summary>
    public int Sessions { get; set; } = 30;

    /// <summary>Emails sent or delivered behind the email rates (default 30).</summary>
    public int Emails { get; set; } = 30;

    /// <summary>The minimum for a kind of n.</summary>
    public int For(SampleKind kind) => kind switch
    {
        SampleKind.Answers => Answers,
        SampleKind.Complaints => Complaints,
        SampleKind.Customers => Customers,
        SampleKind.Sessions => Sessions,
        _ => Emails,
    };

    /// <summary>Every setting by its key under Reports:MinimumSamples, for validation messages.</summary>
    public IEnumerable<(string Key, int Value)> Settings() =>
    [
        (nameof(Answers), Answers), (nameof(Complaints), Complaints), (nameof(Customers), Customers),
        (nameof(Sessions), Sessions), (nameof(Emails), Emails),
    ];
}
