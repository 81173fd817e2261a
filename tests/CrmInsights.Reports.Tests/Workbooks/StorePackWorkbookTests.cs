using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Kpis;
using CrmInsights.Reports.Tests.Support;
using CrmInsights.Reports.Workbooks;

namespace CrmInsights.Reports.Tests.Workbooks;

/// <summary>
/// A store manager's workbook built from the mart fixture (store S2, March 2025): valid Open XML, and the
/// Satisfaction and Engagement KPIs on the family sheets' matrices are numbers read back by openpyxl, rates with an Excel % format.
/// </summary>
public sealed class StorePackWorkbookTests(MartPackFixture fixture) : IClassFixture<MartPackFixture>
{
    private const string Python = "/usr/bin/python3";

    // Prints KPI|family|value|number format for every KPI column of each family sheet's top (slice total) row,
    // and T|family|member for that row.
    private const string Script = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for fam in ("Loyalty", "Satisfaction", "Engagement", "Profitability"):
    ws = wb[fam]
    headers = [c.value for c in ws[4]]
    total = ws[5]
    print("T|%s|%s|%s" % (fam, total[0].value, total[1].value))
    for i in range(2, len(headers)):
        if headers[i] is None:
            break
        print("H|%s|%s|%r|%s" % (headers[i], fam, total[i].value, total[i].number_format))
""";

    private async Task<BuiltPack> BuildAsync(TempDir dir)
    {
        var pack = await fixture.Factory().BuildAsync("Monthly", new ReportPeriod(2025, 3), ReportSlice.Store("S2"), false, CancellationToken.None);
        return ReportPackBuilder.Build(pack, dir.Path);
    }

    [Fact]
    public async Task Build_StorePack_ValidatorReportsZeroErrors()
    {
        using var dir = new TempDir();
        var built = await BuildAsync(dir);

        Assert.Empty(WorkbookValidator.Validate(built.WorkbookPath));
    }

    [SkippableFact]
    public async Task Openpyxl_StorePack_SatisfactionAndEngagementAreNumbersWithPercentFormats()
    {
        Skip.IfNot(File.Exists(Python) && Run("-c", "import openpyxl").ExitCode == 0, "Debian's /usr/bin/python3 with openpyxl is not installed (apt-get install python3-openpyxl).");
        using var dir = new TempDir();
        var built = await BuildAsync(dir);
        var script = Path.Combine(dir.Path, "read.py");
        File.WriteAllText(script, Script);

        var result = Run(script, built.WorkbookPath);

        Assert.True(result.ExitCode == 0, result.Output);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')).ToList();
        // A rate on fewer observations than its minimum keeps its number and shows "⚠ " through its format: NPS rests on 4 answers (< 30).
        const string small = "\"⚠ \"";
        Assert.StartsWith(small, rows.Single(r => r[0] == "H" && r[1] == "NPS")[4], StringComparison.Ordinal);
        var headlines = rows.Where(r => r[0] == "H").ToDictionary(r => r[1], r => (Family: r[2], Value: r[3], Format: r[4].Replace(small, "", StringComparison.Ordinal)));
        Assert.Equal(("-100", "0.0"), (headlines["NPS"].Value, headlines["NPS"].Format));
        Assert.Equal("2", headlines["Complaints"].Value);
        Assert.Equal(("0", "0.0%"), (headlines["Complaints resolved within SLA"].Value, headlines["Complaints resolved within SLA"].Format));
        Assert.Equal(("0.5", "0.0%"), (headlines["Email open rate"].Value, headlines["Email open rate"].Format));
        Assert.Equal(("1", "0.0%"), (headlines["Email delivery rate"].Value, headlines["Email delivery rate"].Format));
        Assert.Equal("0", headlines["Sessions"].Value);
        Assert.Equal(("0.6", "0.0%"), (headlines["Margin %"].Value, headlines["Margin %"].Format));
        // No CSAT or CES answer and no web session is attributed to S2 in March: those stay empty, the rest are numbers.
        var empty = headlines.Where(h => h.Value.Family is "Satisfaction" or "Engagement" && h.Value.Value == "None").Select(h => h.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Bounce rate", "CES easy (5-7)", "CES mean (1-7)", "CSAT (top-two-box)", "CSAT mean (1-5)", "Conversion rate", "Engagement rate", "Identified share"], empty);
        // The Satisfaction sheet's own rows for the store.
        var totals = rows.Where(r => r[0] == "T").ToDictionary(r => r[1], r => (Cut: r[2], Member: r[3]));
        Assert.Equal(("All", "Store S2"), totals["Satisfaction"]);
    }

    private static (int ExitCode, string Output) Run(params string[] args) => CrmInsights.TestSupport.PythonRunner.Run(args);
}
