namespace CrmInsights.Host.Scheduling.History;

/// <summary>The values of etl.JobRun.RunKind: why the run happened.</summary>
public static class RunKind
{
    public const string Scheduled = "scheduled";
    public const string CatchUp = "catch-up";
    /// <summary>Re-run by another node (or this one on restart) of a run whose node died mid-run (Quartz recovery, warehouse store).</summary>
    public const string Recovery = "recovery";
}
