namespace CrmInsights.Host.Scheduling.History;

/// <summary>The values of etl.JobRun.RunKind: why the run happened.</summary>
public static class RunKind
{
    public const string Scheduled = "scheduled";
    public const string CatchUp = "catch-up";
}
