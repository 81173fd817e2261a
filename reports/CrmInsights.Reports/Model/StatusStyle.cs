namespace CrmInsights.Reports.Model;

/// <summary>
/// How a target status looks wherever it is shown (workbook, e-mail): words and a symbol first, so it reads
/// without colour; then a blue/orange pair, which stays distinct for red-green colour blindness.
/// </summary>
public static class StatusStyle
{
    /// <summary>The written status, e.g. "✔ On track".</summary>
    public static string Text(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "✔ On track",
        TargetStatus.OffTrack => "✘ Off track",
        TargetStatus.SmallSample => "⚠ Small sample",
        TargetStatus.NoData => "No data",
        _ => "No target",
    };

    /// <summary>Text colour (hex RGB).</summary>
    public static string Foreground(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "#0B4F8A",
        TargetStatus.OffTrack => "#9A3D00",
        TargetStatus.SmallSample => "#5C4B00",
        _ => "#595959",
    };

    /// <summary>Fill colour (hex RGB).</summary>
    public static string Background(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "#DCEBFA",
        TargetStatus.OffTrack => "#FCE1CC",
        TargetStatus.SmallSample => "#FFF2B3",
        _ => "#F2F2F2",
    };
}
