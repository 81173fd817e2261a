using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

public sealed partial class MartKpiPackFactory
{
    /// <summary>The slice's rows of a family view for every month from the trend start to the period, by YearMonthKey.</summary>
    private async Task<Dictionary<int, MartRow>> SliceRowsAsync(MartQuery query, string view, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(
            MartSql.FamilyRows(view, slice.Kind),
            cancellationToken, ("fromMonth", Key(FirstMonth(period))), ("toMonth", Key(period)), SliceSql.Value(slice));
        return rows.ToDictionary(r => r.Int("YearMonthKey"));
    }

    private static async Task<Dictionary<int, MartRow>> ParetoRowsAsync(MartQuery query, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(
            MartSql.ParetoRows(slice.Kind),
            cancellationToken, ("current", Key(period)), ("previous", Key(period.Previous)), ("lastYear", Key(period.SameLastYear)), SliceSql.Value(slice));
        return rows.ToDictionary(r => r.Int("YearMonthKey"));
    }

    private HeadlineKpi Headline(HeadlineSpec spec, Dictionary<int, MartRow> rows, ReportPeriod period)
    {
        var current = rows.GetValueOrDefault(Key(period));
        var previous = rows.GetValueOrDefault(Key(period.Previous));
        var kpi = new HeadlineKpi(spec.Key, spec.Name, spec.Family, spec.Unit, spec.HigherIsBetter,
            current?.Dec(spec.Column),
            previous?.Dec(spec.Column),
            rows.GetValueOrDefault(Key(period.SameLastYear))?.Dec(spec.Column))
        {
            Sample = Sample(spec, current),
            PreviousSample = Sample(spec, previous),
            // The scorecard's sparkline: the same view rows, the last 12 months.
            History = Enumerable.Range(0, Charts.Sparkline.Months).Select(i => period.AddMonths(i - Charts.Sparkline.Months + 1))
                .Select(m => (Month: m, Value: rows.GetValueOrDefault(Key(m))?.Dec(spec.Column)))
                .Where(p => p.Value is not null)
                .Select(p => new TrendPoint(p.Month, p.Value!.Value))
                .ToList(),
        };
        return kpi with { ChangeZ = ChangeZ(spec, kpi, current, previous) };
    }

    /// <summary>The n of a rate on a view row, against its configured minimum (null for counts and money).</summary>
    private SampleSize? Sample(HeadlineSpec spec, MartRow? row) =>
        spec.Sample is { } s && row is not null ? new SampleSize(s.Kind, row.Long(s.Column), options.MinimumSamples.For(s.Kind)) : null;

    /// <summary>
    /// The z of the change against the previous month, only when both values exist and neither n is below its
    /// minimum: a small sample is never a "mover".
    /// </summary>
    private static double? ChangeZ(HeadlineSpec spec, HeadlineKpi kpi, MartRow? current, MartRow? previous)
    {
        if (kpi.Current is not { } now || kpi.Previous is not { } before || current is null || previous is null
            || kpi.IsSmallSample || kpi.PreviousSample?.IsSmall == true)
        {
            return null;
        }
        return spec.Test switch
        {
            ChangeTest.Proportion when kpi.Sample is { } n && kpi.PreviousSample is { } n0 => ChangeSignificance.Proportion(now, n.N, before, n0.N),
            ChangeTest.Count => ChangeSignificance.Count(now, before),
            ChangeTest.Nps => ChangeSignificance.Nps(
                current.Long("Promoters"), current.Long("Detractors"), current.Long("NpsResponses"),
                previous.Long("Promoters"), previous.Long("Detractors"), previous.Long("NpsResponses")),
            _ => null,
        };
    }

    private IEnumerable<TrendSeries> Trends(FamilyView family, Dictionary<int, MartRow> rows, ReportPeriod period)
    {
        var months = Enumerable.Range(0, options.TrendMonths).Select(i => period.AddMonths(i - options.TrendMonths + 1)).ToList();
        foreach (var spec in family.Headlines.Where(h => family.TrendKeys.Contains(h.Key, StringComparer.Ordinal)))
        {
            var points = months
                .Select(m => (Month: m, Value: rows.GetValueOrDefault(Key(m))?.Dec(spec.Column)))
                .Where(p => p.Value is not null)
                .Select(p => new TrendPoint(p.Month, p.Value!.Value))
                .ToList();
            if (points.Count > 0)
            {
                yield return new TrendSeries(spec.Key, spec.Name, family.Family, spec.Unit, points);
            }
        }
    }

    /// <summary>
    /// The family sheet's rows: the slice's own total, then per cut member. The whole business is cut
    /// by store, region, channel and segment; a region by its stores (mart.StoreDirectory); a store
    /// shows only itself, so a store-sliced pack never carries another store's number.
    /// </summary>
    private async Task<IReadOnlyList<KpiBreakdownRow>> BreakdownAsync(
        MartQuery query, FamilyView family, ReportPeriod period, ISliceFilter slice, Dictionary<int, MartRow> sliceRows, CancellationToken cancellationToken)
    {
        // Every KPI of the family: the family sheet is a matrix of members × KPIs (the full list the Summary leaves out).
        var specs = family.Headlines;
        var result = new List<KpiBreakdownRow>();
        var current = sliceRows.GetValueOrDefault(Key(period));
        var previous = sliceRows.GetValueOrDefault(Key(period.Previous));
        foreach (var spec in specs)
        {
            result.Add(new KpiBreakdownRow(spec.Name, "Total", slice.Description, spec.Unit, current?.Dec(spec.Column), previous?.Dec(spec.Column))
            {
                Sample = Sample(spec, current),
                PreviousSample = Sample(spec, previous),
            });
        }
        if (MartSql.Breakdown(family.View, slice.Kind) is not { } breakdown)
        {
            return result;
        }
        var rows = await query.RowsAsync(
            breakdown,
            cancellationToken, ("current", Key(period)), ("previous", Key(period.Previous)), SliceSql.Value(slice));
        var members = rows
            .Select(r => (Cut: r.Str("CutLevel")!, Member: Member(r), Month: r.Int("YearMonthKey"), Row: r))
            .ToList();
        var byMember = members.GroupBy(m => (m.Cut, m.Member))
            .OrderBy(g => CutOrder(g.Key.Cut)).ThenBy(g => g.Key.Member, StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            foreach (var g in byMember)
            {
                var cur = g.FirstOrDefault(m => m.Month == Key(period)).Row;
                var prev = g.FirstOrDefault(m => m.Month == Key(period.Previous)).Row;
                result.Add(new KpiBreakdownRow(spec.Name, g.Key.Cut, g.Key.Member, spec.Unit, cur?.Dec(spec.Column), prev?.Dec(spec.Column))
                {
                    Sample = Sample(spec, cur),
                    PreviousSample = Sample(spec, prev),
                });
            }
        }
        return result;
    }

    private static string Member(MartRow row) => row.Str("CutLevel") switch
    {
        "Store" => row.Str("StoreId") ?? "",
        "Region" => row.Str("Region") ?? "",
        "Channel" => row.Str("Channel") ?? "",
        "Segment" => row.Str("Segment") ?? "",
        _ => "All",
    };

    private static int CutOrder(string cut) => cut switch
    {
        "Store" => 2,
        "Region" => 3,
        "Channel" => 4,
        "Segment" => 5,
        _ => 1,
    };

    /// <summary>
    /// Sent, delivered, opened, clicked, purchased: the email columns of the slice's mart.Engagement row; purchased = messages
    /// followed by a purchase attributed to their campaign (mart.EmailAttribution).
    /// </summary>
    private static IReadOnlyList<FunnelStage> Funnel(MartRow? engagement)
    {
        if (engagement is null || engagement.Long("EmailsSent") == 0)
        {
            return [];
        }
        return
        [
            new("Sent", engagement.Long("EmailsSent")),
            new("Delivered", engagement.Long("EmailsDelivered")),
            new("Opened", engagement.Long("UniqueOpeners")),
            new("Clicked", engagement.Long("UniqueClickers")),
            new("Purchased", engagement.Long("EmailBuyers")),
        ];
    }
}
