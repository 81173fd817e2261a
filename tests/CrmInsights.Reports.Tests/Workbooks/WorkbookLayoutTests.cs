using ClosedXML.Excel;
using CrmInsights.Reports.Tests.Support;

namespace CrmInsights.Reports.Tests.Workbooks;

/// <summary>
/// What a reader sees, measured on the saved workbook: no text is cut off by its neighbour, no merged ranges
/// overlap, no picture covers a cell with content or another picture.
/// </summary>
public sealed class WorkbookLayoutTests(BuiltWorkbookFixture fixture) : IClassFixture<BuiltWorkbookFixture>
{
    // A generous character-width rule: Calibri 11's digits and lower case average well under one width unit;
    // 1.15 units per character (scaled by font size) plus 2 of padding also covers bold text and capitals.
    private const double UnitsPerChar = 1.15;
    private const double Padding = 2;

    public static TheoryData<string> Packs => new() { "full", "masked" };

    [Theory]
    [MemberData(nameof(Packs))]
    public void EveryText_FitsItsColumn_OrRunsOnlyIntoEmptyCells(string which)
    {
        using var wb = new XLWorkbook(Path(which));
        var problems = new List<string>();
        foreach (var ws in wb.Worksheets)
        {
            var merged = ws.MergedRanges.ToList();
            foreach (var cell in ws.CellsUsed(c => c.DataType == XLDataType.Text && c.GetString().Length > 0))
            {
                var text = cell.GetString();
                var range = merged.FirstOrDefault(m => m.Contains(cell));
                var firstCol = range?.RangeAddress.FirstAddress.ColumnNumber ?? cell.Address.ColumnNumber;
                var lastCol = range?.RangeAddress.LastAddress.ColumnNumber ?? cell.Address.ColumnNumber;
                var width = Enumerable.Range(firstCol, lastCol - firstCol + 1).Sum(c => ws.Column(c).Width);
                var scale = cell.Style.Font.FontSize / 11.0;
                if (cell.Style.Alignment.WrapText)
                {
                    var lines = Lines(text, (width - Padding) / (UnitsPerChar * scale), out var longestWord);
                    if (longestWord * UnitsPerChar * scale + Padding > width)
                    {
                        problems.Add($"{ws.Name}!{cell.Address}: word of {longestWord} characters in '{text}' is wider than {width:0} units");
                    }
                    var needed = lines * 15 * scale;
                    if (needed > ws.Row(cell.Address.RowNumber).Height + 1)
                    {
                        problems.Add($"{ws.Name}!{cell.Address}: '{text}' needs {lines} lines ({needed:0} pt), row is {ws.Row(cell.Address.RowNumber).Height:0} pt");
                    }
                    continue;
                }
                var need = text.Length * UnitsPerChar * scale + Padding;
                // Unwrapped text may run on only into empty, unmerged cells to its right (titles, notes).
                var col = lastCol;
                while (need > width)
                {
                    col++;
                    var next = ws.Cell(cell.Address.RowNumber, col);
                    if (!next.IsEmpty() || merged.Any(m => m.Contains(next)) || cell.Style.Alignment.Horizontal is XLAlignmentHorizontalValues.Right or XLAlignmentHorizontalValues.Center)
                    {
                        problems.Add($"{ws.Name}!{cell.Address}: '{text}' needs {need:0} units, has {width:0} before {next.Address}");
                        break;
                    }
                    width += ws.Column(col).Width;
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void MergedRanges_NeverOverlap(string which)
    {
        using var wb = new XLWorkbook(Path(which));
        foreach (var ws in wb.Worksheets)
        {
            var merged = ws.MergedRanges.ToList();
            for (var i = 0; i < merged.Count; i++)
            {
                for (var j = i + 1; j < merged.Count; j++)
                {
                    Assert.False(merged[i].Intersects(merged[j]), $"{ws.Name}: {merged[i].RangeAddress} overlaps {merged[j].RangeAddress}");
                }
            }
        }
    }

    [Fact]
    public void Pictures_CoverNoContentAndNoOtherPicture()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        foreach (var ws in wb.Worksheets)
        {
            var boxes = ws.Pictures.Select(p => (p.Name, Box: Box(ws, p))).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(Overlap(boxes[i].Box, boxes[j].Box), $"{ws.Name}: {boxes[i].Name} overlaps {boxes[j].Name}");
                }
                foreach (var cell in ws.CellsUsed(c => !c.IsEmpty()))
                {
                    var cellBox = (X: X(ws, cell.Address.ColumnNumber), Y: Y(ws, cell.Address.RowNumber),
                        W: Px(ws.Column(cell.Address.ColumnNumber).Width), H: ws.Row(cell.Address.RowNumber).Height * 4 / 3);
                    Assert.False(Overlap(boxes[i].Box, cellBox), $"{ws.Name}: {boxes[i].Name} covers {cell.Address} ('{cell.GetString()}')");
                }
            }
        }
    }

    private string Path(string which) => which == "full" ? fixture.Built.WorkbookPath : fixture.Masked.WorkbookPath;

    private static int Lines(string text, double room, out int longestWord)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        longestWord = words.Length == 0 ? 0 : words.Max(w => w.Length);
        var lines = 1;
        var used = 0.0;
        foreach (var word in words)
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

    // Pixels at 96 dpi: a column of width w (characters) is 7w + 5 px, a row of h points is 4h/3 px.
    private static double Px(double width) => Math.Round(width * 7 + 5);

    private static double X(IXLWorksheet ws, int column) => Enumerable.Range(1, column - 1).Sum(c => Px(ws.Column(c).Width));

    private static double Y(IXLWorksheet ws, int row) => Enumerable.Range(1, row - 1).Sum(r => ws.Row(r).Height * 4 / 3);

    private static (double X, double Y, double W, double H) Box(IXLWorksheet ws, ClosedXML.Excel.Drawings.IXLPicture p) =>
        (X(ws, p.TopLeftCell.Address.ColumnNumber) + p.Left, Y(ws, p.TopLeftCell.Address.RowNumber) + p.Top, p.Width, p.Height);

    private static bool Overlap((double X, double Y, double W, double H) a, (double X, double Y, double W, double H) b) =>
        a.X < b.X + b.W - 0.5 && b.X < a.X + a.W - 0.5 && a.Y < b.Y + b.H - 0.5 && b.Y < a.Y + a.H - 0.5;
}
