using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private static void AddSummary(IXLWorksheet ws, KpiPack pack, IReadOnlyList<ChartImage> charts)
    {
        SheetLayout.Title(ws, pack, "CRM KPI pack");
        if (pack.Alerts.Count > 0)
        {
            Cells.Text(ws.Cell(3, 1), "ALERT: " + string.Join(" · ", pack.Alerts))
                .Style.Font.SetBold(true).Font.SetFontColor(XLColor.Red);
        }
        var row = SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "Headlines", HeadlineColumns(pack, withFamily: true), pack.Headlines,
            "No headline KPIs for this period.");
        ColourStatus(ws, SheetLayout.FirstTableRow, 11, pack.Headlines.Count);

        SheetLayout.Heading(ws, row, 1, "What moved most");
        foreach (var sentence in Narrative.Sentences(pack))
        {
            Cells.Text(ws.Cell(++row, 1), sentence);
        }
        row += 2;
        foreach (var chart in charts.Where(c => c.Key.StartsWith("trend-", StringComparison.Ordinal)).Take(1))
        {
            SheetLayout.Picture(ws, chart, row, 1);
        }
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }

    /// <summary>Headline table columns; each value cell takes the number format of its KPI's unit.</summary>
    private static List<TableColumn<HeadlineKpi>> HeadlineColumns(KpiPack pack, bool withFamily)
    {
        var cur = pack.Currency;
        var columns = new List<TableColumn<HeadlineKpi>>
        {
            new("KPI", 30, (c, h) => Cells.Text(c, h.Name)),
        };
        if (withFamily)
        {
            columns.Add(new("Family", 14, (c, h) => Cells.Text(c, h.Family.ToString())));
        }
        columns.AddRange(
        [
            new("Current", 14, (c, h) => Cells.Number(c, h.Current, UnitFormat.ExcelFormat(h.Unit, cur))),
            new("Previous month", 15, (c, h) => Cells.Number(c, h.Previous, UnitFormat.ExcelFormat(h.Unit, cur))),
            new("Change vs previous", 19, (c, h) => Cells.Number(c, UnitFormat.ExcelChangeValue(h.ChangeVsPrevious, h.Unit), UnitFormat.ExcelChangeFormat(h.Unit, cur))),
            new("Change %", 11, (c, h) => Cells.Number(c, h.RelativeChangeVsPrevious, "+0.0%;-0.0%;0.0%")),
            new("Same month last year", 20, (c, h) => Cells.Number(c, h.SamePeriodLastYear, UnitFormat.ExcelFormat(h.Unit, cur))),
            new("Change vs last year", 19, (c, h) => Cells.Number(c, UnitFormat.ExcelChangeValue(h.ChangeVsLastYear, h.Unit), UnitFormat.ExcelChangeFormat(h.Unit, cur))),
            new("Target", 13, (c, h) => Cells.Number(c, h.Target, UnitFormat.ExcelFormat(h.Unit, cur))),
            new("Status", 14, (c, h) => Cells.Text(c, StatusText(h.Status))),
        ]);
        return columns;
    }

    /// <summary>The on/off-track mark, words first so it reads without colour.</summary>
    public static string StatusText(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "✔ On track",
        TargetStatus.OffTrack => "✘ Off track",
        TargetStatus.NoData => "No data",
        _ => "No target",
    };

    private static void ColourStatus(IXLWorksheet ws, int headerRow, int col, int rows)
    {
        for (var r = headerRow + 1; r <= headerRow + rows; r++)
        {
            var cell = ws.Cell(r, col);
            var text = cell.GetString();
            if (text == StatusText(TargetStatus.OnTrack))
            {
                cell.Style.Font.SetFontColor(XLColor.FromHtml("#1E7B34")).Font.SetBold(true);
            }
            else if (text == StatusText(TargetStatus.OffTrack))
            {
                cell.Style.Font.SetFontColor(XLColor.FromHtml("#B00020")).Font.SetBold(true);
            }
        }
    }
}
