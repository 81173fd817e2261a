using System.Globalization;
using ClosedXML.Excel;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private static void AddDataQuality(IXLWorksheet ws, KpiPack pack)
    {
        SheetLayout.Title(ws, pack, "Data quality");
        SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "DataQuality",
        [
            new TableColumn<DataQualityRow>("Source", 10, (c, d) => Cells.Text(c, d.Source)),
            new("Last batch", 18, (c, d) => Cells.Text(c, d.LastBatchId)),
            new("Loaded at (UTC)", 17, (c, d) => Cells.Date(c, d.LastBatchAt?.UtcDateTime, "yyyy-mm-dd hh:mm")),
            new("Freshness (h)", 13, (c, d) => Cells.Number(c, d.FreshnessHours, "0.0")),
            new("Limit (h)", 10, (c, d) => Cells.Number(c, d.FreshnessLimitHours, "0.0")),
            new("Fresh?", 9, (c, d) => Cells.Text(c, d.IsStale ? "✘ Stale" : "✔ Fresh")),
            new("Rows read", 12, (c, d) => Cells.Count(c, d.RowsRead)),
            new("Rows loaded", 12, (c, d) => Cells.Count(c, d.RowsLoaded)),
            new("Rows rejected", 13, (c, d) => Cells.Count(c, d.RowsRejected)),
            new("Reject rate", 11, (c, d) => Cells.Number(c, d.RejectRate, "0.00%")),
            new("Top reject reasons", 45, (c, d) => Cells.Text(c, string.Join("; ",
                d.TopRejectReasons.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Reason} ({r.Rows:#,##0})"))))),
            new("Failing checks (error)", 30, (c, d) => Cells.Text(c, string.Join("; ", d.CheckErrors))),
            new("Failing checks (warning)", 30, (c, d) => Cells.Text(c, string.Join("; ", d.CheckWarnings))),
            // The rows that belong to the month by their business date, whenever loaded (back-fills included).
            new("Rows dated in month", 14, (c, d) => Cells.Count(c, d.DataMonth.Rows)),
            new("Rejected in their batches", 16, (c, d) => Cells.Count(c, d.DataMonth.BatchRowsRejected)),
        ], pack.DataQuality, "No data-quality information was supplied.");
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }

    private static void AddDefinitions(IXLWorksheet ws, KpiPack pack)
    {
        SheetLayout.Title(ws, pack, "Definitions");
        SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "Definitions",
        [
            new TableColumn<KpiDefinition>("Section", 22, (c, d) => Cells.Text(c, d.Section).Style.Alignment.SetWrapText(true)),
            new("KPI", 34, (c, d) => Cells.Text(c, d.Name).Style.Alignment.SetWrapText(true)),
            new("Definition", 100, (c, d) => Cells.Text(c, d.Definition).Style.Alignment.SetWrapText(true)),
        ], KpiDefinitions.All, "The KPI catalog is empty.");
        ws.Range(SheetLayout.FirstTableRow, 1, SheetLayout.FirstTableRow + KpiDefinitions.All.Count, 3).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        // Row heights are set, not left to the reader: LibreOffice keeps an xlsx row's height, so wrapped text would run under the next row.
        for (var i = 0; i < KpiDefinitions.All.Count; i++)
        {
            var d = KpiDefinitions.All[i];
            var lines = new[] { SheetLayout.WrappedLines(d.Section, 22), SheetLayout.WrappedLines(d.Name, 34), SheetLayout.WrappedLines(d.Definition, 100) }.Max();
            ws.Row(SheetLayout.FirstTableRow + 1 + i).Height = 15 * lines + 2;
        }
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }
}
