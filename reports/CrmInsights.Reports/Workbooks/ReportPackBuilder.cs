using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

/// <summary>Renders a pack's charts, saves them as PNGs and builds the validated workbook beside them.</summary>
public static class ReportPackBuilder
{
    /// <summary>The conventional output folder: out/&lt;report&gt;/&lt;yyyy-MM&gt;/ under the workspace.</summary>
    public static string OutputDirectory(string workspace, string reportName, ReportPeriod period) =>
        Path.Combine(workspace, "out", SafeName.For(reportName), period.ToString());

    /// <summary>
    /// Builds into <paramref name="outDir"/>: <c>&lt;report&gt;-&lt;period&gt;-&lt;slice&gt;[-nopd].xlsx</c> and one
    /// <c>….&lt;chart&gt;.png</c> per chart. The workbook is checked with the Open XML validator; an invalid
    /// workbook throws rather than being sent.
    /// </summary>
    public static BuiltPack Build(KpiPack pack, string outDir)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Directory.CreateDirectory(outDir);
        var stem = $"{SafeName.For(pack.ReportName)}-{pack.Period}-{pack.Slice.FileKey}{(pack.PersonalDataWithheld ? "-nopd" : "")}";
        var charts = ChartRenderer.RenderAll(pack);
        var chartPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chart in charts)
        {
            var path = Path.Combine(outDir, $"{stem}.{chart.Key}.png");
            File.WriteAllBytes(path, chart.Png);
            chartPaths[chart.Key] = path;
        }
        var workbookPath = Path.Combine(outDir, stem + ".xlsx");
        WorkbookBuilder.Save(pack, charts, workbookPath);
        WorkbookValidator.EnsureValid(workbookPath);
        return new BuiltPack(workbookPath, chartPaths, charts);
    }
}
