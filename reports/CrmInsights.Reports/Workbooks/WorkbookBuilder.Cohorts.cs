using System.Globalization;
using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private static void AddCohorts(IXLWorksheet ws, KpiPack pack, IReadOnlyList<ChartImage> charts)
    {
        SheetLayout.Title(ws, pack, "Cohort retention");
        var width = pack.Cohorts.Count == 0 ? 0 : pack.Cohorts.Max(c => c.Retention.Count);
        var columns = new List<TableColumn<CohortRow>>
        {
            new("Cohort", 12, (c, x) => Cells.Date(c, x.Cohort.Start.ToDateTime(TimeOnly.MinValue), "mmm yyyy")),
            new("Customers", 11, (c, x) => Cells.Count(c, x.Size)),
        };
        for (var k = 0; k < width; k++)
        {
            var month = k;
            columns.Add(new(string.Create(CultureInfo.InvariantCulture, $"M{month}"), 7,
                (c, x) => Cells.Number(c, month < x.Retention.Count ? x.Retention[month] : null, "0%")));
        }
        var next = SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "CohortRetention", columns, pack.Cohorts,
            "No cohorts for this period.");
        if (pack.Cohorts.Count > 0)
        {
            // The triangle as a heat map inside the sheet itself; empty cells (future months) stay white.
            ws.Range(SheetLayout.FirstTableRow + 1, 3, SheetLayout.FirstTableRow + pack.Cohorts.Count, 2 + width)
                .AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml("#FDE7E7"))
                .Midpoint(XLCFContentType.Percentile, 50, XLColor.FromHtml("#FFF59D"))
                .HighestValue(XLColor.FromHtml("#66BB6A"));
            Cells.Text(ws.Cell(next - 1, 1), "Cell (cohort, Mk) = share of the cohort's customers active k months after their first-purchase month.")
                .Style.Font.SetItalic(true);
        }
        SheetLayout.ChartGrid(ws, ChartsFor(charts, "Cohorts").ToList(), next + 1, 1);
        ws.SheetView.Freeze(SheetLayout.FirstTableRow, 2);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }
}
