using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// Every SELECT the report packs and the data-health reader send to the mart views, in T-SQL with <c>@name</c> markers.
/// A statement's text depends only on the view (fixed in code: <see cref="KpiCatalogViews"/> and the action views) and
/// the slice's kind; months and the slice value are always parameters. <see cref="All"/> lists each builder over every
/// view and slice kind it is called with, a test parses each with ScriptDom, and <see cref="MartQuery"/> sends nothing else.
/// </summary>
internal static class MartSql
{
    /// <summary>The slice's rows of a family view from @fromMonth to @toMonth.</summary>
    public static string FamilyRows(string view, SliceKind slice) =>
        $"SELECT v.* FROM {view} AS v WHERE v.YearMonthKey BETWEEN @fromMonth AND @toMonth AND {SliceSql.Condition(slice, "v")}";

    /// <summary>The top fifth's revenue share of the month, the month before and the same month last year.</summary>
    public static string ParetoRows(SliceKind slice) =>
        $"SELECT p.YearMonthKey, p.TopFifthRevenueShare FROM mart.ProfitabilityPareto AS p WHERE p.YearMonthKey IN (@current, @previous, @lastYear) AND {SliceSql.Condition(slice, "p")}";

    /// <summary>
    /// The cut members of a family view for @current and @previous: the whole business by store, region, channel and
    /// segment; a region by its stores (mart.StoreDirectory). Null for a store, which shows only itself.
    /// </summary>
    public static string? Breakdown(string view, SliceKind slice) => slice switch
    {
        SliceKind.All => $"SELECT v.* FROM {view} AS v WHERE v.YearMonthKey IN (@current, @previous) AND v.CutLevel <> N'All'",
        SliceKind.Region => $"SELECT v.* FROM {view} AS v WHERE v.YearMonthKey IN (@current, @previous) AND v.CutLevel = N'Store' AND v.StoreId IN (SELECT s.StoreId FROM mart.StoreDirectory AS s WHERE s.Region = @{SliceSql.Parameter})",
        _ => null,
    };

    /// <summary>mart.NpsDistribution for @month and the slice.</summary>
    public static string Nps(SliceKind slice) =>
        $"SELECT n.Score, n.Answers FROM mart.NpsDistribution AS n WHERE n.YearMonthKey = @month AND {SliceSql.Condition(slice, "n")}";

    /// <summary>mart.ParetoCurve for @month and the slice.</summary>
    public static string ParetoCurve(SliceKind slice) =>
        $"SELECT p.Step, p.CustomerShare, p.RevenueShare FROM mart.ParetoCurve AS p WHERE p.YearMonthKey = @month AND {SliceSql.Condition(slice, "p")} ORDER BY p.Step";

    /// <summary>mart.CohortRetention: the cohorts from @firstCohort to @month, each with its cells up to @month.</summary>
    public static string Cohorts(SliceKind slice) =>
        $"""
        SELECT c.CohortYearMonthKey, c.MonthsSinceFirstPurchase, c.CohortSize, c.RetentionRate
        FROM mart.CohortRetention AS c
        WHERE c.CohortYearMonthKey BETWEEN @firstCohort AND @month AND c.YearMonthKey <= @month AND {SliceSql.Condition(slice, "c")}
        ORDER BY c.CohortYearMonthKey, c.MonthsSinceFirstPurchase
        """;

    /// <summary>mart.RfmGrid for @month and the slice.</summary>
    public static string Rfm(SliceKind slice) =>
        $"""
        SELECT g.RecencyScore, g.FrequencyScore, g.Segment, g.Customers, g.Revenue12m
        FROM mart.RfmGrid AS g
        WHERE g.YearMonthKey = @month AND {SliceSql.Condition(slice, "g")}
        ORDER BY g.RecencyScore, g.FrequencyScore
        """;

    /// <summary>An action-list view as of @month, cut to the slice by the customer's home store that month.</summary>
    public static string ActionList(ActionListSpec spec, SliceKind slice) =>
        $"""
        SELECT a.*, h.StoreId AS HomeStoreId
        FROM {spec.View} AS a
        LEFT JOIN mart.CustomerHomeStore AS h ON h.CustomerId = a.CustomerId AND h.YearMonthKey = a.YearMonthKey
        WHERE a.YearMonthKey = @month AND {SliceSql.HomeStoreCondition(slice, "h")}
        ORDER BY {spec.OrderBy}
        """;

    /// <summary>Each source's last batch and the quality of its rows loaded in @month.</summary>
    public const string SourceHealth = """
        SELECT h.Source, h.LastBatchId, h.LastSucceededAtUtc, q.RowsRead, q.RowsLoaded, q.RowsRejected
        FROM mart.SourceHealth AS h
        LEFT JOIN mart.SourceMonthQuality AS q ON q.Source = h.Source AND q.YearMonthKey = @month
        ORDER BY h.Source
        """;

    /// <summary>The rows that belong to @month by their own business date, whenever they loaded.</summary>
    public const string SourceDataMonth =
        "SELECT q.Source, q.DataRows, q.Batches, q.FirstLoadedAtUtc, q.LastLoadedAtUtc, q.BatchRowsRead, q.BatchRowsRejected FROM mart.SourceDataMonthQuality AS q WHERE q.YearMonthKey = @month";

    /// <summary>The reject reasons of the batches that carried @month's rows.</summary>
    public const string RejectReasons =
        "SELECT r.Source, r.Entity, r.FieldName, r.Reason, r.Rejects FROM mart.RejectMonthSummary AS r WHERE r.YearMonthKey = @month ORDER BY r.Source, r.Rejects DESC, r.Entity, r.Reason";

    /// <summary>The checks failing now.</summary>
    public const string FailingChecks =
        "SELECT c.Source, c.CheckName, c.Severity FROM mart.CheckStatus AS c WHERE c.Passed = 0 ORDER BY c.Source, c.CheckName";

    /// <summary>The email campaigns sent from @fromMonth to @toMonth (campaigns are not cut by slice), with their holdout result when they have an audience file.</summary>
    public const string Campaigns =
        "SELECT c.YearMonthKey, c.CampaignId, c.CampaignName, c.Delivered, c.OpenRate, c.ClickRate, c.AttributedOrders, c.AttributedRevenue, c.AttributedMargin, c.Cost, c.RevenuePerDelivered, c.Roi, " +
        "u.TreatmentMembers, u.ControlMembers, u.ConversionUplift, u.ConversionUpliftLow, u.ConversionUpliftHigh, u.RevenueUpliftPerMember, u.IncrementalRevenue, u.IsSmallSample " +
        "FROM mart.CampaignPerformance AS c LEFT JOIN mart.CampaignUplift AS u ON u.CampaignId = c.CampaignId WHERE c.YearMonthKey BETWEEN @fromMonth AND @toMonth";

    /// <summary>The first and last business date the warehouse holds.</summary>
    public const string DataRange = "SELECT r.FirstDateKey, r.LastDateKey FROM mart.DataRange AS r";

    /// <summary>Every statement, by name (builder.view.slice).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Enumerate().ToDictionary(s => s.Name, s => s.Sql, StringComparer.Ordinal);

    /// <summary>The texts of <see cref="All"/>, for the send-time check.</summary>
    public static IReadOnlySet<string> Texts { get; } = All.Values.ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Sql)> Enumerate()
    {
        foreach (var slice in Enum.GetValues<SliceKind>())
        {
            foreach (var family in KpiCatalogViews.All)
            {
                yield return ($"{nameof(FamilyRows)}.{family.View}.{slice}", FamilyRows(family.View, slice));
                if (Breakdown(family.View, slice) is { } breakdown)
                {
                    yield return ($"{nameof(Breakdown)}.{family.View}.{slice}", breakdown);
                }
            }
            foreach (var spec in MartKpiPackFactory.ActionViews)
            {
                yield return ($"{nameof(ActionList)}.{spec.View}.{slice}", ActionList(spec, slice));
            }
            yield return ($"{nameof(ParetoRows)}.{slice}", ParetoRows(slice));
            yield return ($"{nameof(Nps)}.{slice}", Nps(slice));
            yield return ($"{nameof(ParetoCurve)}.{slice}", ParetoCurve(slice));
            yield return ($"{nameof(Cohorts)}.{slice}", Cohorts(slice));
            yield return ($"{nameof(Rfm)}.{slice}", Rfm(slice));
        }
        yield return (nameof(SourceHealth), SourceHealth);
        yield return (nameof(SourceDataMonth), SourceDataMonth);
        yield return (nameof(RejectReasons), RejectReasons);
        yield return (nameof(FailingChecks), FailingChecks);
        yield return (nameof(DataRange), DataRange);
        yield return (nameof(Campaigns), Campaigns);
    }
}
