namespace CrmInsights.Reports.Model;

/// <summary>Where a KPI stands against its configured target.</summary>
public enum TargetStatus
{
    /// <summary>No target configured.</summary>
    NoTarget,
    /// <summary>Meets or beats the target.</summary>
    OnTrack,
    /// <summary>Misses the target.</summary>
    OffTrack,
    /// <summary>A target exists but the period has no value.</summary>
    NoData,
    /// <summary>A target exists but the value rests on fewer observations than the minimum sample: no verdict.</summary>
    SmallSample,
}
