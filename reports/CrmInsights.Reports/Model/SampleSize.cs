namespace CrmInsights.Reports.Model;

/// <summary>The n behind a rate in one period, against its configured minimum.</summary>
/// <param name="Kind">What n counts.</param>
/// <param name="N">The count (answers, complaints, customers in the base, sessions, emails).</param>
/// <param name="Minimum">The configured minimum for the kind (Reports:MinimumSamples).</param>
public sealed record SampleSize(SampleKind Kind, long N, int Minimum)
{
    /// <summary>Whether n is below the minimum: the value is shown marked "small sample" and never cited.</summary>
    public bool IsSmall => N < Minimum;

    /// <summary>The noun of the count, for sentences ("answers", "customers in the base").</summary>
    public string Noun => Kind switch
    {
        SampleKind.Answers => "answers",
        SampleKind.Complaints => "complaints",
        SampleKind.Customers => "customers",
        SampleKind.Sessions => "sessions",
        _ => "emails",
    };
}
