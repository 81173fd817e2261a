using ClosedXML.Excel;
using ClosedXML.Excel.Drawings;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

/// <summary>Shared sheet furniture: titles, typed tables, print setup.</summary>
internal static class SheetLayout
{
    /// <summary>Row of the first table header on every sheet; rows above hold the title.</summary>
    public const int FirstTableRow = 4;

    /// <summary>Writes the title (row 1) and the slice/period line (row 2).</summary>
    public static void Title(IXLWorksheet ws, KpiPack pack, string heading)
    {
        Cells.Text(ws.Cell(1, 1), $"{heading}: {pack.ReportName}, {pack.Period.DisplayName}").Style.Font.SetBold(true).Font.SetFontSize(14);
        Cells.Text(ws.Cell(2, 1),
            $"{pack.Slice.Description} · currency {pack.Currency} · built {pack.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC")
            .Style.Font.SetFontColor(XLColor.DimGray);
    }

    /// <summary>
    /// Writes a header row and one row per item from (row, col), turns it into an Excel table
    /// (banded, with filter buttons) and sets the column widths. Returns the row after the table.
    /// With no items it writes a one-line note instead, since an Excel table needs a data row.
    /// </summary>
    public static int Table<T>(IXLWorksheet ws, int row, int col, string tableName, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> items, string emptyNote)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            Cells.Text(ws.Cell(row, col + c), columns[c].Header);
            var column = ws.Column(col + c);
            column.Width = Math.Max(column.Width, columns[c].Width);
        }
        if (items.Count == 0)
        {
            ws.Range(row, col, row, col + columns.Count - 1).Style.Font.SetBold(true);
            Cells.Text(ws.Cell(row + 1, col), emptyNote).Style.Font.SetItalic(true);
            return row + 3;
        }
        for (var i = 0; i < items.Count; i++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                columns[c].Write(ws.Cell(row + 1 + i, col + c), items[i]);
            }
        }
        var table = ws.Range(row, col, row + items.Count, col + columns.Count - 1).CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleMedium2;
        table.ShowAutoFilter = true;
        return row + items.Count + 2;
    }

    /// <summary>A bold section heading.</summary>
    public static void Heading(IXLWorksheet ws, int row, int col, string text) =>
        Cells.Text(ws.Cell(row, col), text).Style.Font.SetBold(true).Font.SetFontSize(12);

    /// <summary>Landscape A4, one page wide, header rows repeated, page numbers in the footer.</summary>
    public static void Print(IXLWorksheet ws, int headerRow)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.Margins.Left = 0.5;
        ws.PageSetup.Margins.Right = 0.5;
        ws.PageSetup.Margins.Top = 0.6;
        ws.PageSetup.Margins.Bottom = 0.6;
        ws.PageSetup.SetRowsToRepeatAtTop(1, headerRow);
        ws.PageSetup.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        ws.PageSetup.Footer.Center.AddText(" / ", XLHFOccurrence.AllPages);
        ws.PageSetup.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    /// <summary>Embeds a chart scaled to ~720 px wide, top-left at the cell.</summary>
    public static void Picture(IXLWorksheet ws, Charts.ChartImage chart, int row, int col)
    {
        using var stream = new MemoryStream(chart.Png);
        ws.AddPicture(stream, XLPictureFormat.Png, "chart-" + chart.Key)
            .MoveTo(ws.Cell(row, col))
            .Scale(0.72);
    }

    /// <summary>Rows a scaled chart covers at the default row height (20 px), plus a gap.</summary>
    public const int PictureRows = 21;
}
