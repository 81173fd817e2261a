namespace CrmInsights.Reports.Workbooks;

/// <summary>The files one pack produced: the workbook and the chart PNGs beside it (chart key → path).</summary>
public sealed record BuiltPack(string WorkbookPath, IReadOnlyDictionary<string, string> ChartPaths, IReadOnlyList<Charts.ChartImage> Charts);
