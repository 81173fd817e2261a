namespace CrmInsights.Reports.Model;

/// <summary>What a KPI's n counts, which decides its minimum sample (<see cref="MinimumSamples"/>).</summary>
public enum SampleKind
{
    /// <summary>Survey answers (NPS, CSAT, CES).</summary>
    Answers,
    /// <summary>Resolved complaints (resolution times) or complaints (share resolved within the SLA).</summary>
    Complaints,
    /// <summary>Customers in the base or the population the rate is over (retention, repeat rate, members).</summary>
    Customers,
    /// <summary>Web sessions.</summary>
    Sessions,
    /// <summary>Emails sent or delivered.</summary>
    Emails,
}
