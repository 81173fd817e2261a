using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

public sealed partial class MartKpiPackFactory
{
    /// <summary>mart.NpsDistribution for the month and slice; a score without a row had no answers.</summary>
    private static async Task<NpsDistribution?> NpsAsync(MartQuery query, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(
            MartSql.Nps(slice.Kind),
            cancellationToken, ("month", Key(period)), SliceSql.Value(slice));
        if (rows.Count == 0)
        {
            return null;
        }
        var counts = new int[11];
        foreach (var row in rows)
        {
            counts[row.Int("Score")] = row.Int("Answers");
        }
        return new NpsDistribution(counts);
    }

    /// <summary>mart.ParetoCurve for the month and slice (All, Store or Region).</summary>
    private static async Task<IReadOnlyList<ParetoPoint>> ParetoCurveAsync(MartQuery query, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(
            MartSql.ParetoCurve(slice.Kind),
            cancellationToken, ("month", Key(period)), SliceSql.Value(slice));
        return rows.Select(r => new ParetoPoint(r.Dec("CustomerShare") ?? 0, r.Dec("RevenueShare") ?? 0)).ToList();
    }

    /// <summary>mart.CohortRetention: the twelve cohorts up to the period, each with its cells up to the period.</summary>
    private static async Task<IReadOnlyList<CohortRow>> CohortsAsync(MartQuery query, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(
            MartSql.Cohorts(slice.Kind),
            cancellationToken, ("firstCohort", Key(period.AddMonths(-11))), ("month", Key(period)), SliceSql.Value(slice));
        var result = new List<CohortRow>();
        foreach (var cohort in rows.GroupBy(r => r.Int("CohortYearMonthKey")))
        {
            // Cells are consecutive from month 0; stop at a gap rather than shift later cells left.
            var cells = cohort.TakeWhile((r, i) => r.Int("MonthsSinceFirstPurchase") == i).Select(r => r.Dec("RetentionRate") ?? 0).ToList();
            if (cells.Count > 0)
            {
                result.Add(new CohortRow(new ReportPeriod(cohort.Key / 100, cohort.Key % 100), cohort.First().Int("CohortSize"), cells));
            }
        }
        return result;
    }

    /// <summary>mart.RfmGrid for the month and slice.</summary>
    private static async Task<IReadOnlyList<RfmCell>> RfmAsync(MartQuery query, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(
            MartSql.Rfm(slice.Kind),
            cancellationToken, ("month", Key(period)), SliceSql.Value(slice));
        return rows.Select(r => new RfmCell(r.Int("RecencyScore"), r.Int("FrequencyScore"), r.Str("Segment") ?? "", r.Int("Customers"), r.Dec("Revenue12m") ?? 0)).ToList();
    }
}
