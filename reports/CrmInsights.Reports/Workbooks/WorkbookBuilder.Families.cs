using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    /// <summary>
    /// Label of the marts' "Unknown" region: a store the source gives no region, such as the demo's web store.
    /// One label in every family and cut.
    /// </summary>
    internal const string NoRegionLabel = "No region (e.g. web store)";

    /// <summary>Label of the marts' "None" store or region: rows no store is attached to (web sessions, e-mails, surveys).</summary>
    internal const string NoStoreLabel = "No store (web, e-mail)";

    /// <summary>
    /// A family sheet: the matrix (the slice's total on top, then stores, regions, channels and segments as
    /// row blocks; every KPI of the family as a column), the same matrix of changes against the previous
    /// month, the monthly trend, the family's distribution table, then its charts two wide below.
    /// </summary>
    private static void AddFamily(IXLWorksheet ws, KpiPack pack, KpiFamily family, IReadOnlyList<ChartImage> charts)
    {
        var name = family.ToString();
        SheetLayout.Title(ws, pack, name);
        var rows = pack.FamilyTables.TryGetValue(family, out var r) ? r : [];
        var kpis = rows.Select(x => (x.Kpi, x.Unit)).Distinct().ToList();
        var members = rows.Select(x => (x.Cut, x.Member)).Distinct().ToList();
        var cells = rows.GroupBy(x => (x.Cut, x.Member, x.Kpi)).ToDictionary(g => g.Key, g => g.First());
        var cur = pack.Currency;

        List<TableColumn<(string Cut, string Member)>> Columns(Action<IXLCell, KpiBreakdownRow?, KpiUnit> write)
        {
            var columns = new List<TableColumn<(string Cut, string Member)>>
            {
                new("Cut", 10, (c, m) => Cells.Text(c, m.Cut == "Total" ? "All" : m.Cut)),
                new("Member", 24, (c, m) => Cells.Text(c, MemberLabel(m.Cut, m.Member))),
            };
            foreach (var (kpi, unit) in kpis)
            {
                columns.Add(new(kpi, 13, (c, m) => write(c, cells.GetValueOrDefault((m.Cut, m.Member, kpi)), unit)));
            }
            return columns;
        }

        var top = SheetLayout.FirstTableRow;
        var next = SheetLayout.Table(ws, top, 1, name + "Matrix",
            Columns((c, x, unit) => Cells.Kpi(c, x?.Current, unit, cur, x?.IsSmallSample == true)), members, $"No {name.ToLowerInvariant()} figures for this period.");
        if (members.Count > 0)
        {
            HighlightBlocks(ws, top, members, kpis.Count);
            if (rows.Any(x => x.IsSmallSample))
            {
                Cells.Text(ws.Cell(next - 1, 1), "⚠ = a rate on fewer observations than its minimum sample (Reports:MinimumSamples): read it with care.")
                    .Style.Font.SetItalic(true).Font.SetFontColor(XLColor.DimGray);
                next++;
            }
            SheetLayout.Heading(ws, next, 1, $"Change against {pack.Period.Previous.DisplayName}");
            next = SheetLayout.Table(ws, next + 1, 1, name + "Change",
                Columns((c, x, unit) => Cells.KpiChange(c, x?.Current - x?.Previous, unit, cur)), members, "");
        }

        next = AddTrendTable(ws, pack, family, next);
        next = family switch
        {
            KpiFamily.Satisfaction => AddNpsTable(ws, pack, next),
            KpiFamily.Engagement => AddFunnelTable(ws, pack, next),
            KpiFamily.Profitability => AddParetoTable(ws, pack, next),
            _ => next,
        };
        SheetLayout.ChartGrid(ws, ChartsFor(charts, name).ToList(), next, 1);
        ws.SheetView.Freeze(top, 2);
        SheetLayout.Print(ws, top);
    }

    /// <summary>A colour scale per KPI column within each block of two or more members (stores, regions, …), for comparing like with like.</summary>
    private static void HighlightBlocks(IXLWorksheet ws, int header, List<(string Cut, string Member)> members, int kpiCount)
    {
        ws.Range(header + 1, 1, header + 1, 2 + kpiCount).Style.Font.SetBold(true);
        var start = 0;
        while (start < members.Count)
        {
            var end = start;
            while (end + 1 < members.Count && members[end + 1].Cut == members[start].Cut)
            {
                end++;
            }
            if (end > start)
            {
                for (var k = 0; k < kpiCount; k++)
                {
                    ws.Range(header + 1 + start, 3 + k, header + 1 + end, 3 + k).AddConditionalFormat().ColorScale()
                        .LowestValue(XLColor.FromHtml("#FFFFFF"))
                        .HighestValue(XLColor.FromHtml("#9DC3E6"));
                }
                ws.Range(header + 1 + start, 1, header + 1 + start, 2 + kpiCount).Style.Border.SetTopBorder(XLBorderStyleValues.Thin);
            }
            start = end + 1;
        }
    }

    /// <summary>The member as a manager reads it: the marts' placeholders get one consistent label everywhere.</summary>
    internal static string MemberLabel(string cut, string member) => (cut, member) switch
    {
        ("Region", "Unknown") => NoRegionLabel,
        ("Region" or "Store", "None" or "") => NoStoreLabel,
        _ => member,
    };

    /// <summary>One table per family: month, then one column per trend series of the family.</summary>
    private static int AddTrendTable(IXLWorksheet ws, KpiPack pack, KpiFamily family, int row)
    {
        var series = pack.Trends.Where(t => t.Family == family && t.Points.Count > 0).ToList();
        if (series.Count == 0)
        {
            return row;
        }
        SheetLayout.Heading(ws, row, 1, "Monthly trend");
        var months = series.SelectMany(s => s.Points.Select(p => p.Month)).Distinct().Order().ToList();
        var columns = new List<TableColumn<ReportPeriod>>
        {
            new("Month", 10, (c, m) => Cells.Date(c, m.Start.ToDateTime(TimeOnly.MinValue), "mmm yyyy")),
        };
        foreach (var s in series)
        {
            var values = s.Points.ToDictionary(p => p.Month, p => p.Value);
            columns.Add(new(s.Name, 13, (c, m) => Cells.Kpi(c, values.TryGetValue(m, out var v) ? v : null, s.Unit, pack.Currency)));
        }
        return SheetLayout.Table(ws, row + 1, 1, family + "Trend", columns, months, "");
    }

    private static int AddNpsTable(IXLWorksheet ws, KpiPack pack, int row)
    {
        if (pack.Nps is not { } nps)
        {
            return row;
        }
        SheetLayout.Heading(ws, row, 1, "NPS answers by score");
        var total = Math.Max(1, nps.Total);
        return SheetLayout.Table(ws, row + 1, 1, "NpsDistribution",
        [
            new TableColumn<int>("Score", 10, (c, s) => Cells.Count(c, s)),
            new("Group", 12, (c, s) => Cells.Text(c, s <= 6 ? "Detractor" : s <= 8 ? "Passive" : "Promoter")),
            new("Answers", 12, (c, s) => Cells.Count(c, nps.Counts[s])),
            new("Share", 12, (c, s) => Cells.Number(c, (decimal)nps.Counts[s] / total, "0.0%")),
        ], Enumerable.Range(0, 11).ToList(), "");
    }

    private static int AddFunnelTable(IXLWorksheet ws, KpiPack pack, int row)
    {
        if (pack.EmailFunnel.Count == 0)
        {
            return row;
        }
        SheetLayout.Heading(ws, row, 1, "Email funnel (rates of delivered, as on the Summary)");
        return SheetLayout.Table(ws, row + 1, 1, "EmailFunnel",
        [
            new TableColumn<FunnelStage>("Stage", 10, (c, s) => Cells.Text(c, s.Name)),
            new("Count", 12, (c, s) => Cells.Count(c, s.Count)),
            new("Rate", 12, (c, s) => Cells.Number(c, ChartRenderer.FunnelRate(pack.EmailFunnel, s), "0.0%")),
            new("Of", 12, (c, s) => Cells.Text(c, ChartRenderer.FunnelBase(pack.EmailFunnel, s))),
        ], pack.EmailFunnel, "");
    }

    private static int AddParetoTable(IXLWorksheet ws, KpiPack pack, int row)
    {
        if (pack.Pareto.Count == 0)
        {
            return row;
        }
        SheetLayout.Heading(ws, row, 1, "Pareto curve (customers ranked by revenue)");
        return SheetLayout.Table(ws, row + 1, 1, "Pareto",
        [
            new TableColumn<ParetoPoint>("Customers (cumulative)", 10, (c, p) => Cells.Number(c, p.CustomerShare, "0.0%")),
            new("Revenue (cumulative)", 12, (c, p) => Cells.Number(c, p.RevenueShare, "0.0%")),
        ], pack.Pareto.OrderBy(p => p.CustomerShare).ToList(), "");
    }
}
