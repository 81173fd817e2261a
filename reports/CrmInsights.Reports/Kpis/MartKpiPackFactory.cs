using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// Fills a <see cref="KpiPack"/> for one report, month and slice from the warehouse's mart views
/// only: every number is a column of a row an analyst gets with a SELECT on the named view for the
/// same month and cut (mart.CutLevel: All, or Store/Region with the slice value as a parameter).
/// C# only picks rows; a KPI missing from the views is added as a view, not computed here.
/// Action lists (personal data) are queried only when the caller says a recipient of the slice may see them.
/// </summary>
public sealed partial class MartKpiPackFactory(IWarehouseEngine engine, ReportsOptions options, MartDataHealthReader health, TimeProvider timeProvider)
{
    /// <summary>
    /// The pack factory for <see cref="ReportDelivery"/>: per slice, action lists are included only
    /// when some recipient of the definition with that slice has AllowPersonalData.
    /// </summary>
    public Func<ISliceFilter, CancellationToken, Task<KpiPack>> For(ReportDefinition definition, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return (slice, cancellationToken) => BuildAsync(
            definition.Name, period, slice,
            definition.Recipients.Any(r => r.AllowPersonalData && r.Slice == new ReportSlice(slice.Kind, slice.Value)),
            cancellationToken);
    }

    /// <summary>Builds the pack for <paramref name="slice"/> of <paramref name="period"/>.</summary>
    public async Task<KpiPack> BuildAsync(string reportName, ReportPeriod period, ISliceFilter slice, bool includePersonalData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var sliceRecord = slice as ReportSlice ?? new ReportSlice(slice.Kind, slice.Value);
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var query = new MartQuery(engine, connection);

        var headlines = new List<HeadlineKpi>();
        var tables = new Dictionary<KpiFamily, IReadOnlyList<KpiBreakdownRow>>();
        var trends = new List<TrendSeries>();
        IReadOnlyList<FunnelStage> funnel = [];
        foreach (var family in KpiCatalogViews.All)
        {
            var rows = await SliceRowsAsync(query, family.View, period, slice, cancellationToken);
            headlines.AddRange(family.Headlines.Select(spec => Headline(spec, rows, period)));
            if (family.Family == KpiFamily.Profitability)
            {
                headlines.Add(Headline(KpiCatalogViews.ParetoShare, await ParetoRowsAsync(query, period, slice, cancellationToken), period));
            }
            tables[family.Family] = await BreakdownAsync(query, family, period, slice, rows, cancellationToken);
            trends.AddRange(Trends(family, rows, period));
            if (family.Family == KpiFamily.Engagement)
            {
                funnel = Funnel(rows.GetValueOrDefault(Key(period)));
            }
        }

        return new KpiPack
        {
            ReportName = reportName,
            Period = period,
            Slice = sliceRecord,
            Currency = options.Currency,
            GeneratedAt = timeProvider.GetUtcNow(),
            Headlines = headlines,
            FamilyTables = tables,
            Trends = trends,
            Nps = await NpsAsync(query, period, slice, cancellationToken),
            Pareto = await ParetoCurveAsync(query, period, slice, cancellationToken),
            Cohorts = await CohortsAsync(query, period, slice, cancellationToken),
            Rfm = await RfmAsync(query, period, slice, cancellationToken),
            EmailFunnel = funnel,
            ActionLists = includePersonalData ? await ActionListsAsync(query, period, slice, cancellationToken) : [],
            PersonalDataWithheld = !includePersonalData,
            DataQuality = (await health.ReadAsync(query, period, cancellationToken)).Sources,
            Campaigns = await CampaignsAsync(query, period, cancellationToken),
        };
    }

    /// <summary>yyyymm, the views' YearMonthKey.</summary>
    internal static int Key(ReportPeriod period) => period.Year * 100 + period.Month;

    /// <summary>The first month read: the trend window or the same month last year, whichever is earlier.</summary>
    private ReportPeriod FirstMonth(ReportPeriod period)
    {
        var trendStart = period.AddMonths(-(options.TrendMonths - 1));
        return trendStart < period.SameLastYear ? trendStart : period.SameLastYear;
    }
}
