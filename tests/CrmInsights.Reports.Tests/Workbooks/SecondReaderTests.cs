using CrmInsights.Reports.Tests.Support;

namespace CrmInsights.Reports.Tests.Workbooks;

/// <summary>Opens the workbooks with openpyxl (Debian's python), an independent reader.</summary>
public sealed class SecondReaderTests(BuiltWorkbookFixture fixture) : IClassFixture<BuiltWorkbookFixture>
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("SHEETS|" + "|".join(wb.sheetnames))
formulas = 0; links = 0
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f" or (isinstance(c.value, str) and c.data_type != "s" and c.value.startswith("=")):
                formulas += 1
            if c.hyperlink is not None:
                links += 1
print("FORMULAS|%d" % formulas)
print("LINKS|%d" % links)
ws = wb["Summary"]
for row in ws.iter_rows(min_row=5):
    if row[0].value == "Net revenue":
        print("REVENUE|%r|%s" % (row[1].value, row[1].number_format))
print("TABLES|" + "|".join(sorted(t for s in wb.worksheets for t in s.tables.keys())))
print("FREEZE|" + str(ws.freeze_panes))
hostile = [c for s in wb.worksheets for r in s.iter_rows() for c in r if c.value == sys.argv[2]]
print("HOSTILE|%d|%s" % (len(hostile), ",".join(sorted(set(c.data_type for c in hostile)))))
print("IMAGES|%d" % sum(len(s._images) for s in wb.worksheets))
""";

    [SkippableFact]
    public void Openpyxl_ReadsSheetsValuesFormatsAndNoFormulas()
    {
        Skip.IfNot(File.Exists(Python) && Run("-c", "import openpyxl").ExitCode == 0, "Debian's /usr/bin/python3 with openpyxl is not installed (apt-get install python3-openpyxl).");
        using var dir = new TempDir();
        var script = Path.Combine(dir.Path, "read.py");
        File.WriteAllText(script, Script);
        var result = Run(script, fixture.Built.WorkbookPath, SamplePacks.Hostile);
        Assert.True(result.ExitCode == 0, result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToDictionary(l => l.Split('|')[0], l => l[(l.IndexOf('|') + 1)..]);
        Assert.Equal("Summary|Loyalty|Satisfaction|Engagement|Profitability|Segments|Cohorts|Campaigns|Action lists|Data quality|Definitions", lines["SHEETS"]);
        Assert.Equal("0", lines["FORMULAS"]);
        Assert.Equal("0", lines["LINKS"]);
        Assert.Equal("703703.58|\"£\"#,##0.0,\"k\"", lines["REVENUE"]);
        Assert.Contains("ProfitabilityMatrix", lines["TABLES"], StringComparison.Ordinal);
        Assert.Contains("CohortRetention", lines["TABLES"], StringComparison.Ordinal);
        Assert.Equal("A5", lines["FREEZE"]);
        Assert.StartsWith("3|s", lines["HOSTILE"], StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(params string[] args) => CrmInsights.TestSupport.PythonRunner.Run(args);
}
