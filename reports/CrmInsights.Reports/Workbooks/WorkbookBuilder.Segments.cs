using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private static void AddSegments(IXLWorksheet ws, KpiPack pack, IReadOnlyList<ChartImage> charts)
    {
        SheetLayout.Title(ws, pack, "Segments (RFM)");
        var segments = ChartRenderer.Segments(pack.Rfm);
        var customers = Math.Max(1, segments.Sum(s => s.Customers));
        var revenue = segments.Sum(s => s.Revenue);
        var row = SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "Segments",
        [
            new TableColumn<(string Segment, int Customers, decimal Revenue)>("Segment", 22, (c, s) => Cells.Text(c, s.Segment)),
            new("Customers", 12, (c, s) => Cells.Count(c, s.Customers)),
            new("Share of customers", 12, (c, s) => Cells.Number(c, (decimal)s.Customers / customers, "0.0%")),
            new("Net revenue (12 months)", 13, (c, s) => Cells.Kpi(c, s.Revenue, KpiUnit.Currency, pack.Currency)),
            new("Share of revenue", 12, (c, s) => Cells.Number(c, revenue == 0 ? null : s.Revenue / revenue, "0.0%")),
            new("Revenue per customer", 12, (c, s) => Cells.Kpi(c, s.Customers == 0 ? null : s.Revenue / s.Customers, KpiUnit.Currency, pack.Currency)),
        ], segments, "No RFM scores for this period.");

        if (pack.Rfm.Count > 0)
        {
            row = Grid(ws, row, "Customers by R (rows) × F (columns)", pack.Rfm, c => c.Customers, "#,##0");
            row = Grid(ws, row, "Net revenue by R × F", pack.Rfm, c => c.Revenue, UnitFormat.ExcelFormat(KpiUnit.Currency, pack.Currency, 1_000m));
        }
        SheetLayout.ChartGrid(ws, ChartsFor(charts, "Segments").ToList(), row, 1);
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }

    /// <summary>A 5×5 R×F grid (R 5 at the top) coloured as a heat map.</summary>
    private static int Grid(IXLWorksheet ws, int row, string heading, IReadOnlyList<RfmCell> cells, Func<RfmCell, decimal> value, string format)
    {
        SheetLayout.Heading(ws, row, 1, heading);
        var top = row + 1;
        Cells.Text(ws.Cell(top, 1), "R \\ F").Style.Font.SetBold(true);
        for (var f = 1; f <= 5; f++)
        {
            Cells.Text(ws.Cell(top, 1 + f), $"F{f}").Style.Font.SetBold(true);
        }
        for (var i = 0; i < 5; i++)
        {
            var r = 5 - i;
            Cells.Text(ws.Cell(top + 1 + i, 1), $"R{r}").Style.Font.SetBold(true);
            for (var f = 1; f <= 5; f++)
            {
                var sum = cells.Where(c => c.Recency == r && c.Frequency == f).Sum(value);
                Cells.Number(ws.Cell(top + 1 + i, 1 + f), sum, format);
            }
        }
        var data = ws.Range(top + 1, 2, top + 5, 6);
        data.AddConditionalFormat().ColorScale()
            .LowestValue(XLColor.FromHtml("#F8F9FA"))
            .HighestValue(XLColor.FromHtml("#2E7D32"));
        data.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        return top + 7;
    }
}
