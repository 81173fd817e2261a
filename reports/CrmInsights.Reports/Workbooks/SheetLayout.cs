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
        HeaderRow(ws, row, col, columns.Select(c => (c.Header, c.Width)).ToList());
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
        FitToText(ws, row + 1, row + items.Count, col, col + columns.Count - 1);
        var table = ws.Range(row, col, row + items.Count, col + columns.Count - 1).CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleMedium2;
        table.ShowAutoFilter = true;
        return row + items.Count + 2;
    }

    /// <summary>Width units per character of the generous rule every layout decision uses (bold text and capitals included).</summary>
    public const double CharWidth = 1.15;

    /// <summary>Width units a cell's padding takes.</summary>
    public const double CellPadding = 2;

    /// <summary>Widest a column grows to fit its texts; longer texts wrap.</summary>
    public const double MaxColumnWidth = 60;

    /// <summary>
    /// Widens each unwrapped column of the block to its longest text (up to <see cref="MaxColumnWidth"/>; a longer
    /// text wraps and its row grows), so source texts such as store, segment or batch names are never cut off.
    /// </summary>
    public static void FitToText(IXLWorksheet ws, int firstRow, int lastRow, int firstCol, int lastCol)
    {
        for (var c = firstCol; c <= lastCol; c++)
        {
            var texts = Enumerable.Range(firstRow, lastRow - firstRow + 1).Select(r => ws.Cell(r, c))
                .Where(cell => cell.DataType == XLDataType.Text && !cell.Style.Alignment.WrapText).ToList();
            if (texts.Count == 0)
            {
                continue;
            }
            var column = ws.Column(c);
            var need = texts.Max(cell => cell.GetString().Length) * CharWidth + CellPadding;
            column.Width = Math.Max(column.Width, Math.Ceiling(Math.Min(need, MaxColumnWidth)));
            foreach (var cell in texts.Where(cell => cell.GetString().Length * CharWidth + CellPadding > column.Width))
            {
                cell.Style.Alignment.SetWrapText(true);
                var row = ws.Row(cell.Address.RowNumber);
                row.Height = Math.Max(row.Height, 15 * WrappedLines(cell.GetString(), column.Width) + 2);
            }
        }
    }

    /// <summary>
    /// Lines a text needs when wrapped at spaces in a column of the given width, counting a generous
    /// 1.15 width units per character (bold headers, capitals) and 2 units of cell padding.
    /// </summary>
    public static int WrappedLines(string text, double width)
    {
        var room = Math.Max(1, (width - CellPadding) / CharWidth);
        var lines = 1;
        var used = 0.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var need = used == 0 ? word.Length : used + 1 + word.Length;
            if (need <= room || used == 0)
            {
                used = need;
            }
            else
            {
                lines++;
                used = word.Length;
            }
        }
        return lines;
    }

    /// <summary>
    /// Writes header texts from (row, col), widening columns to at least the given widths. Headers wrap at word
    /// breaks and the row grows to the longest one (15 pt a line), so none is cut off.
    /// </summary>
    public static void HeaderRow(IXLWorksheet ws, int row, int col, IReadOnlyList<(string Header, double Width)> headers)
    {
        var lines = 1;
        for (var c = 0; c < headers.Count; c++)
        {
            var column = ws.Column(col + c);
            column.Width = Math.Max(column.Width, headers[c].Width);
            Cells.Text(ws.Cell(row, col + c), headers[c].Header).Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Bottom);
            // A header wraps only between words, so the column is at least as wide as its longest word.
            var longestWord = headers[c].Header.Split(' ').Max(w => w.Length);
            column.Width = Math.Max(column.Width, Math.Ceiling(longestWord * CharWidth + CellPadding));
            lines = Math.Max(lines, WrappedLines(headers[c].Header, column.Width));
        }
        ws.Row(row).Height = Math.Max(ws.Row(row).Height, 15 * lines + 3);
        // Styled on the cells, not only by the table theme, so every reader (LibreOffice too) shows a header.
        ws.Range(row, col, row, col + headers.Count - 1).Style.Font.SetBold(true)
            .Fill.SetBackgroundColor(XLColor.FromHtml("#D9E1F2"))
            .Border.SetBottomBorder(XLBorderStyleValues.Thin);
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

    /// <summary>Embeds a chart scaled (default to ~720 px wide), top-left at the cell.</summary>
    public static void Picture(IXLWorksheet ws, Charts.ChartImage chart, int row, int col, double scale = DefaultChartScale)
    {
        using var stream = new MemoryStream(chart.Png);
        ws.AddPicture(stream, XLPictureFormat.Png, "chart-" + chart.Key)
            .MoveTo(ws.Cell(row, col))
            .Scale(scale);
    }

    /// <summary>The scale charts are embedded at on the detail sheets.</summary>
    public const double DefaultChartScale = 0.72;

    /// <summary>
    /// Embeds charts side by side from (row, col), each starting at the first column past the one before,
    /// and returns the first free row below them. Column pixel widths come from the sheet's widths, so
    /// pictures never overlap each other whatever the columns are.
    /// </summary>
    public static int ChartRow(IXLWorksheet ws, IReadOnlyList<Charts.ChartImage> charts, int row, int col, double scale = DefaultChartScale)
    {
        var width = Charts.ChartRenderer.Width * scale;
        foreach (var chart in charts)
        {
            Picture(ws, chart, row, col, scale);
            var covered = 0.0;
            while (covered < width + 8)
            {
                covered += ColumnPixels(ws.Column(col).Width);
                col++;
            }
        }
        return charts.Count == 0 ? row : row + RowsFor(Charts.ChartRenderer.Height * scale) + 1;
    }

    /// <summary>Charts in a grid two wide from (row, col); returns the first free row below.</summary>
    public static int ChartGrid(IXLWorksheet ws, IReadOnlyList<Charts.ChartImage> charts, int row, int col, double scale = DefaultChartScale)
    {
        for (var i = 0; i < charts.Count; i += 2)
        {
            row = ChartRow(ws, charts.Skip(i).Take(2).ToList(), row, col, scale);
        }
        return row;
    }

    /// <summary>
    /// A sentence across columns col..lastCol: merged, wrapped, and the row made tall enough for its lines
    /// (a generous ~1.15 characters per width unit), so it never runs under the next row.
    /// </summary>
    public static void Paragraph(IXLWorksheet ws, int row, int col, int lastCol, string text)
    {
        var range = ws.Range(row, col, row, lastCol);
        range.Merge();
        Cells.Text(ws.Cell(row, col), text).Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        var lines = WrappedLines(text, Enumerable.Range(col, lastCol - col + 1).Sum(c => ws.Column(c).Width));
        ws.Row(row).Height = 15.5 * lines;
    }

    /// <summary>Pixels of a column of the given width in characters (Calibri 11: 7 px per character plus 5 px padding).</summary>
    public static double ColumnPixels(double width) => Math.Round(width * 7 + 5);

    /// <summary>Default-height rows (15 pt = 20 px) a picture of the given pixel height covers.</summary>
    public static int RowsFor(double pixels) => (int)Math.Ceiling(pixels / 20.0);
}
