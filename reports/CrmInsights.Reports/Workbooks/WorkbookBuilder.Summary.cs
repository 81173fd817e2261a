using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    /// <summary>The scorecard's columns: header, width in characters.</summary>
    internal static readonly (string Header, double Width)[] ScorecardColumns =
    [
        ("KPI", 40), ("This month", 12), ("Last month", 12), ("vs last month", 12), ("Same month last year", 13),
        ("vs last year", 12), ("Target", 12), ("Target basis", 16), ("Status", 18), ("n", 9), ("Last 12 months", 17),
    ];

    /// <summary>
    /// The Summary: a scorecard of at most 12 headline KPIs grouped by family (this month, previous month,
    /// same month last year, target, written and coloured status, sample size, 12-month sparkline), the
    /// narrative, then two charts side by side. The full KPI lists are on the family sheets.
    /// </summary>
    private static void AddSummary(IXLWorksheet ws, KpiPack pack, IReadOnlyList<ChartImage> charts)
    {
        SheetLayout.Title(ws, pack, "CRM scorecard");
        if (pack.Alerts.Count > 0)
        {
            Cells.Text(ws.Cell(3, 1), "ALERT: " + string.Join(" · ", pack.Alerts))
                .Style.Font.SetBold(true).Font.SetFontColor(XLColor.FromHtml("#9A3D00"));
        }
        var header = SheetLayout.FirstTableRow;
        var last = ScorecardColumns.Length;
        SheetLayout.HeaderRow(ws, header, 1, ScorecardColumns);
        ws.Range(header, 1, header, last).Style.Font.SetBold(true).Font.SetFontColor(XLColor.White)
            .Fill.SetBackgroundColor(XLColor.FromHtml("#1F3864"));
        ws.Range(header, 2, header, 7).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);

        var row = header;
        var groups = Scorecard.Grouped(pack);
        if (groups.Count == 0)
        {
            Cells.Text(ws.Cell(++row, 1), "No headline KPIs for this period.").Style.Font.SetItalic(true);
        }
        foreach (var group in groups)
        {
            row++;
            Cells.Text(ws.Cell(row, 1), group.Key.ToString());
            ws.Range(row, 1, row, last).Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#D9E1F2"));
            foreach (var h in group)
            {
                WriteScorecardRow(ws, ++row, h, pack.Currency);
            }
        }
        ws.Range(header, 1, row, last).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin)
            .Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetInsideBorderColor(XLColor.FromHtml("#BFBFBF"));
        row += 2;
        Cells.Text(ws.Cell(row, 1), "n = the number of answers, e-mails or customers a rate is computed on; ⚠ marks a sample below the minimum (no status is given).")
            .Style.Font.SetItalic(true).Font.SetFontColor(XLColor.DimGray);

        row += 2;
        SheetLayout.Heading(ws, row, 1, "What matters this month");
        foreach (var sentence in Narrative.Sentences(pack))
        {
            row++;
            SheetLayout.Paragraph(ws, row, 1, last, sentence);
        }
        row += 2;
        SheetLayout.ChartRow(ws, ChartRenderer.HeadlineCharts(charts), row, 1, SummaryChartScale);
        ws.SheetView.FreezeRows(header);
        SheetLayout.Print(ws, header);
    }

    // Two charts side by side across the scorecard's width.
    private const double SummaryChartScale = 0.55;

    private static void WriteScorecardRow(IXLWorksheet ws, int row, HeadlineKpi h, string currency)
    {
        Cells.Text(ws.Cell(row, 1), h.Name).Style.Alignment.SetIndent(1);
        Cells.Kpi(ws.Cell(row, 2), h.Current, h.Unit, currency).Style.Font.SetBold(true);
        Cells.Kpi(ws.Cell(row, 3), h.Previous, h.Unit, currency);
        Cells.KpiChange(ws.Cell(row, 4), h.ChangeVsPrevious, h.Unit, currency);
        Cells.Kpi(ws.Cell(row, 5), h.SamePeriodLastYear, h.Unit, currency);
        Cells.KpiChange(ws.Cell(row, 6), h.ChangeVsLastYear, h.Unit, currency);
        Cells.Kpi(ws.Cell(row, 7), h.Target, h.Unit, currency);
        Cells.Text(ws.Cell(row, 8), h.TargetBasis).Style.Font.SetFontColor(XLColor.DimGray);
        var status = Cells.Text(ws.Cell(row, 9), StatusStyle.Text(h.Status));
        status.Style.Font.SetBold(true).Font.SetFontColor(XLColor.FromHtml(StatusStyle.Foreground(h.Status)))
            .Fill.SetBackgroundColor(XLColor.FromHtml(StatusStyle.Background(h.Status)));
        if (h.Sample is { } n)
        {
            // The mark sits in the number format, so the cell stays a number a user can sort and sum.
            Cells.Number(ws.Cell(row, 10), n.N, n.IsSmall ? "\"⚠ \"#,##0" : "#,##0");
        }
        Cells.Text(ws.Cell(row, 11), Sparkline.Text(h.History.Select(p => p.Value)))
            .Style.Font.SetFontColor(XLColor.FromHtml("#1F3864")).Font.SetFontName("DejaVu Sans");
    }
}
