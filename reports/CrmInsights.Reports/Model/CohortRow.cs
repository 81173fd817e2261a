namespace CrmInsights.Reports.Model;

/// <summary>
/// One row of the retention triangle: customers whose first purchase fell in <see cref="Cohort"/>;
/// <see cref="Retention"/>[k] is the share of them active in month cohort+k (index 0 is 1.0 by definition).
/// </summary>
public sealed record CohortRow(ReportPeriod Cohort, int Size, IReadOnlyList<decimal> Retention);
