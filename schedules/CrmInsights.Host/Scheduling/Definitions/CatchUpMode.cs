namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>What happens on start to slots that passed while the service was down.</summary>
public enum CatchUpMode
{
    /// <summary>The most recent missed slot runs once (incremental ETL, snapshots: the latest run covers the earlier ones).</summary>
    Latest,
    /// <summary>Every missed slot since the last success runs once, oldest first (report packs: each period is sent).</summary>
    All,
    /// <summary>Missed slots are not caught up.</summary>
    None,
}
