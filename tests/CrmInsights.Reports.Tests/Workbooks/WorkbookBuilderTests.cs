using ClosedXML.Excel;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;
using CrmInsights.Reports.Workbooks;

namespace CrmInsights.Reports.Tests.Workbooks;

public sealed class WorkbookBuilderTests(BuiltWorkbookFixture fixture) : IClassFixture<BuiltWorkbookFixture>
{
    [Fact]
    public void Build_FullPack_HasEverySheetInOrder()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        Assert.Equal(WorkbookBuilder.SheetNames, wb.Worksheets.Select(w => w.Name).ToArray());
    }

    [Fact]
    public void Build_FullPack_ValidatorReportsZeroErrors()
    {
        Assert.Empty(WorkbookValidator.Validate(fixture.Built.WorkbookPath));
        Assert.Empty(WorkbookValidator.Validate(fixture.Masked.WorkbookPath));
    }

    [Fact]
    public void Summary_Scorecard_HasValuesNativeFormatsAndStatuses()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        var ws = wb.Worksheet("Summary");
        var revenue = ScorecardRow(ws, "Net revenue");
        Assert.Equal(703_703.58m, revenue.Cell(2).GetValue<decimal>());
        Assert.Equal("\"£\"#,##0.0,\"k\"", revenue.Cell(2).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, revenue.Cell(2).DataType);
        Assert.Equal(600_000m, revenue.Cell(7).GetValue<decimal>());
        Assert.Equal("fixed", revenue.Cell(8).GetString());
        Assert.Equal("✔ On track", revenue.Cell(9).GetString());
        Assert.Equal(XLColor.FromHtml(StatusStyle.Background(TargetStatus.OnTrack)), revenue.Cell(9).Style.Fill.BackgroundColor);

        var retention = ScorecardRow(ws, "Retention rate");
        Assert.Equal(0.485m, retention.Cell(2).GetValue<decimal>());
        Assert.Equal("0.0%", retention.Cell(2).Style.NumberFormat.Format);
        Assert.Equal(1.5m, retention.Cell(4).GetValue<decimal>()); // +1.5 percentage points
        Assert.Equal("No target", retention.Cell(9).GetString());
        Assert.Equal("▁▂▂▃▄▄▅▅▆▇▇█", retention.Cell(11).GetString()); // the last 12 months, rising steadily

        Assert.Equal("✔ On track", ScorecardRow(ws, "NPS").Cell(9).GetString());
        // The default scorecard keeps to its KPIs: the sample's purchase frequency is on the Loyalty sheet only.
        Assert.DoesNotContain(ws.Column(1).CellsUsed(), c => c.GetString() == "Purchase frequency");
        Assert.Equal(["Loyalty", "Satisfaction", "Engagement", "Profitability"],
            ws.Column(1).CellsUsed().Select(c => c.GetString()).Where(t => Enum.TryParse<KpiFamily>(t, out _)).ToArray());
    }

    [Fact]
    public void Summary_OffTrackTarget_IsMarkedAndNarrated()
    {
        var dir = new TempDir();
        using (dir)
        {
            var pack = fixture.Pack.WithTargets(new Dictionary<string, decimal> { ["email_open_rate"] = 0.25m });
            var built = ReportPackBuilder.Build(pack, dir.Path);
            using var wb = new XLWorkbook(built.WorkbookPath);
            var row = ScorecardRow(wb.Worksheet("Summary"), "Email open rate");
            Assert.Equal("✘ Off track", row.Cell(9).GetString());
            var texts = wb.Worksheet("Summary").CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains(texts, t => t.Contains("off track: Email open rate", StringComparison.Ordinal));
        }
    }

    private static IXLRow ScorecardRow(IXLWorksheet ws, string kpi) =>
        ws.Column(1).CellsUsed().Single(c => c.GetString() == kpi).WorksheetRow();

    [Fact]
    public void Summary_WhatMovedMost_NamesTheBiggestMover()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        var texts = wb.Worksheet("Summary").CellsUsed().Select(c => c.GetString()).ToList();
        // Email open rate fell 3.8 points (0.25 -> 0.212) on 19,400 delivered emails: the only tested change, far beyond chance.
        Assert.Contains("Email open rate fell 3.8 pts to 21.2% (from 25.0% in February 2025; 19,400 emails), a deterioration unlikely to be chance (p < 0.001).", texts);
    }

    [Fact]
    public void EverySheet_HasTablesFrozenHeadersAndPrintSetup()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        foreach (var ws in wb.Worksheets)
        {
            Assert.True(ws.SheetView.SplitRow >= 4, $"{ws.Name} has no frozen header");
            Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
            Assert.Equal(1, ws.PageSetup.PagesWide);
            // The Summary is a designed scorecard (group rows, status fills); every other sheet is data in native tables.
            Assert.True(ws.Name == "Summary" || ws.Tables.Any(), $"{ws.Name} has no Excel table");
            Assert.All(ws.Tables, t => Assert.True(t.ShowAutoFilter, $"{t.Name} has no filter"));
            Assert.All(ws.ColumnsUsed(), c => Assert.InRange(c.Width, 6, 110));
        }
    }

    [Fact]
    public void Charts_AreEmbeddedOnTheirSheets()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        Assert.Equal(2, wb.Worksheet("Summary").Pictures.Count);       // revenue trend + NPS distribution
        Assert.Equal(2, wb.Worksheet("Satisfaction").Pictures.Count);   // NPS trend + distribution
        Assert.Equal(2, wb.Worksheet("Profitability").Pictures.Count);  // revenue trend + Pareto
        Assert.Single(wb.Worksheet("Engagement").Pictures);             // funnel
        Assert.Equal(2, wb.Worksheet("Segments").Pictures.Count);
        Assert.Single(wb.Worksheet("Cohorts").Pictures);
        Assert.All(fixture.Built.ChartPaths.Values, p => Assert.True(File.Exists(p), p));
        Assert.Equal(fixture.Built.Charts.Count, fixture.Built.ChartPaths.Count);
    }

    [Fact]
    public void SourceText_IsNeverAFormulaOrHyperlink()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        var cells = wb.Worksheets.SelectMany(w => w.CellsUsed()).ToList();
        Assert.DoesNotContain(cells, c => c.HasFormula);
        Assert.DoesNotContain(cells, c => c.HasHyperlink);
        Assert.All(wb.Worksheets, w => Assert.Empty(w.Hyperlinks));
        var hostile = cells.Where(c => c.GetString() == SamplePacks.Hostile).ToList();
        Assert.True(hostile.Count >= 2, "the hostile text should appear verbatim (matrix, change matrix and action list)");
        Assert.All(hostile, c => Assert.Equal(XLDataType.Text, c.DataType));
        Assert.Contains(cells, c => c.GetString() == "00123" && c.DataType == XLDataType.Text);
    }

    [Fact]
    public void Segments_And_Cohorts_HoldGridAndTriangle()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        var segments = wb.Worksheet("Segments").Table("Segments");
        var champions = segments.DataRange.Rows().Single(r => r.Cell(1).GetString() == "Champions");
        Assert.Equal(fixture.Pack.Rfm.Where(c => c.Segment == "Champions").Sum(c => c.Customers), champions.Cell(2).GetValue<int>());
        var cohorts = wb.Worksheet("Cohorts").Table("CohortRetention");
        Assert.Equal(12, cohorts.DataRange.RowCount());
        Assert.Equal("mmm yyyy", cohorts.DataRange.FirstRow().Cell(1).Style.NumberFormat.Format);
        Assert.Equal(1m, cohorts.DataRange.FirstRow().Cell(3).GetValue<decimal>());
        Assert.True(cohorts.DataRange.LastRow().Cell(4).IsEmpty(), "the triangle's last cohort has only month 0");
        Assert.NotEmpty(wb.Worksheet("Cohorts").ConditionalFormats);
    }

    [Fact]
    public void ActionLists_WithheldWithoutPersonalData()
    {
        using var full = new XLWorkbook(fixture.Built.WorkbookPath);
        Assert.Contains(full.Worksheet("Action lists").CellsUsed(), c => c.GetString() == "ada@example.com");
        using var masked = new XLWorkbook(fixture.Masked.WorkbookPath);
        var cells = masked.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.DoesNotContain("ada@example.com", cells);
        Assert.DoesNotContain("Ada Lovelace", cells);
        Assert.Contains(cells, t => t.StartsWith("Action lists hold personal data and are not included", StringComparison.Ordinal));
        Assert.EndsWith("-nopd.xlsx", fixture.Masked.WorkbookPath, StringComparison.Ordinal);
    }

    [Fact]
    public void DataQuality_And_Definitions_AreFilled()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        var dq = wb.Worksheet("Data quality").Table("DataQuality");
        Assert.Equal(4, dq.DataRange.RowCount());
        var pos = dq.DataRange.Rows().Single(r => r.Cell(1).GetString() == "pos");
        Assert.Equal(10, pos.Cell(9).GetValue<int>());
        Assert.Equal("unit_price negative (7); unknown store (3)", pos.Cell(11).GetString());
        Assert.Equal("yyyy-mm-dd hh:mm", pos.Cell(3).Style.NumberFormat.Format);
        var defs = wb.Worksheet("Definitions").Table("Definitions");
        var nps = defs.DataRange.Rows().Single(r => r.Cell(2).GetString() == "NPS");
        Assert.Equal("Satisfaction", nps.Cell(1).GetString());
        Assert.StartsWith("% promoters (9–10) − % detractors (0–6)", nps.Cell(3).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Campaigns_RankedByRoi_SmallSampleAndMissingCostSaySo()
    {
        using var wb = new XLWorkbook(fixture.Built.WorkbookPath);
        var ws = wb.Worksheet("Campaigns");
        var table = ws.Table("Campaigns");
        var names = table.DataRange.Rows().Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(["Spring sale", "VIP preview", "Newsletter"], names);
        var vip = table.DataRange.Rows().Single(r => r.Cell(1).GetString() == "VIP preview");
        Assert.StartsWith("\"⚠ \"", vip.Cell(10).Style.NumberFormat.Format, StringComparison.Ordinal);
        // Columns 12-14 are the holdout result (uplift, its interval, incremental revenue), 15 the note.
        Assert.Contains("small sample: 24 delivered (minimum 30)", vip.Cell(15).GetString(), StringComparison.Ordinal);
        Assert.True(vip.Cell(12).IsEmpty());
        var spring = table.DataRange.Rows().Single(r => r.Cell(1).GetString() == "Spring sale");
        Assert.Equal(0.012, spring.Cell(12).GetDouble(), 6);
        Assert.Equal("+0.4 to +2.1 pts", spring.Cell(13).GetString());
        Assert.Equal(8_160, spring.Cell(14).GetDouble(), 2);
        var newsletter = table.DataRange.Rows().Single(r => r.Cell(1).GetString() == "Newsletter");
        Assert.True(newsletter.Cell(10).IsEmpty());
        Assert.Contains("no cost recorded: ROI unknown", newsletter.Cell(15).GetString(), StringComparison.Ordinal);
        // An audience without a holdout: no uplift (empty, never 0) and the note says why.
        Assert.True(newsletter.Cell(12).IsEmpty());
        Assert.True(newsletter.Cell(13).IsEmpty());
        Assert.Contains("no holdout in its audience: uplift unknown", newsletter.Cell(15).GetString(), StringComparison.Ordinal);
        Assert.Contains(ws.CellsUsed(), c => c.GetString().Contains("AttributionClickWindowDays", StringComparison.Ordinal));
        Assert.Contains(ws.CellsUsed(), c => c.GetString().Contains("Newcombe", StringComparison.Ordinal));
    }
}
