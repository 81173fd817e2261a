using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private const int ChartColumn = 9;

    private static void AddFamily(IXLWorksheet ws, KpiPack pack, KpiFamily family, IReadOnlyList<ChartImage> charts)
    {
        var name = family.ToString();
        SheetLayout.Title(ws, pack, name);
        var cur = pack.Currency;
        var rows = pack.FamilyTables.TryGetValue(family, out var r) ? r : [];
        var next = SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, name + "Breakdown",
        [
            new TableColumn<KpiBreakdownRow>("KPI", 30, (c, x) => Cells.Text(c, x.Kpi)),
            new("Cut", 12, (c, x) => Cells.Text(c, x.Cut)),
            new("Member", 22, (c, x) => Cells.Text(c, x.Member)),
            new("Current", 14, (c, x) => Cells.Number(c, x.Current, UnitFormat.ExcelFormat(x.Unit, cur))),
            new("Previous month", 15, (c, x) => Cells.Number(c, x.Previous, UnitFormat.ExcelFormat(x.Unit, cur))),
            new("Change", 14, (c, x) => Cells.Number(c, UnitFormat.ExcelChangeValue(x.Current - x.Previous, x.Unit), UnitFormat.ExcelChangeFormat(x.Unit, cur))),
        ], rows, $"No {name.ToLowerInvariant()} breakdown for this period.");

        next = AddTrendTable(ws, pack, family, next);
        next = family switch
        {
            KpiFamily.Satisfaction => AddNpsTable(ws, pack, next),
            KpiFamily.Engagement => AddFunnelTable(ws, pack, next),
            KpiFamily.Profitability => AddParetoTable(ws, pack, next),
            _ => next,
        };
        _ = next;

        var chartRow = SheetLayout.FirstTableRow;
        foreach (var chart in ChartsFor(charts, name))
        {
            SheetLayout.Picture(ws, chart, chartRow, ChartColumn);
            chartRow += SheetLayout.PictureRows;
        }
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }

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
            new("Month", 30, (c, m) => Cells.Date(c, m.Start.ToDateTime(TimeOnly.MinValue), "mmm yyyy")),
        };
        foreach (var s in series)
        {
            var values = s.Points.ToDictionary(p => p.Month, p => p.Value);
            columns.Add(new(s.Name, 14, (c, m) => Cells.Number(c, values.TryGetValue(m, out var v) ? v : null, UnitFormat.ExcelFormat(s.Unit, pack.Currency))));
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
            new TableColumn<int>("Score", 30, (c, s) => Cells.Count(c, s)),
            new("Group", 12, (c, s) => Cells.Text(c, s <= 6 ? "Detractor" : s <= 8 ? "Passive" : "Promoter")),
            new("Answers", 22, (c, s) => Cells.Count(c, nps.Counts[s])),
            new("Share", 14, (c, s) => Cells.Number(c, (decimal)nps.Counts[s] / total, "0.0%")),
        ], Enumerable.Range(0, 11).ToList(), "");
    }

    private static int AddFunnelTable(IXLWorksheet ws, KpiPack pack, int row)
    {
        if (pack.EmailFunnel.Count == 0)
        {
            return row;
        }
        SheetLayout.Heading(ws, row, 1, "Email funnel");
        var first = Math.Max(1, pack.EmailFunnel[0].Count);
        return SheetLayout.Table(ws, row + 1, 1, "EmailFunnel",
        [
            new TableColumn<FunnelStage>("Stage", 30, (c, s) => Cells.Text(c, s.Name)),
            new("Count", 12, (c, s) => Cells.Count(c, s.Count)),
            new("Share of first stage", 22, (c, s) => Cells.Number(c, (decimal)s.Count / first, "0.0%")),
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
            new TableColumn<ParetoPoint>("Customers (cumulative)", 30, (c, p) => Cells.Number(c, p.CustomerShare, "0.0%")),
            new("Revenue (cumulative)", 12, (c, p) => Cells.Number(c, p.RevenueShare, "0.0%")),
        ], pack.Pareto.OrderBy(p => p.CustomerShare).ToList(), "");
    }
}
