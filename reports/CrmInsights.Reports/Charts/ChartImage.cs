namespace CrmInsights.Reports.Charts;

/// <summary>A rendered chart: its key (file-name part), title, target sheet and PNG bytes.</summary>
/// <param name="Key">File-name-safe key, e.g. "trend-net_revenue", "nps".</param>
/// <param name="Title">The chart's title, also its alt text.</param>
/// <param name="Sheet">The workbook sheet that embeds it.</param>
/// <param name="Png">PNG bytes of <see cref="ChartRenderer.Width"/> × <see cref="ChartRenderer.Height"/> pixels.</param>
public sealed record ChartImage(string Key, string Title, string Sheet, byte[] Png);
