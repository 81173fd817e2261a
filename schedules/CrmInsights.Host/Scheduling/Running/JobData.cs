namespace CrmInsights.Host.Scheduling.Running;

/// <summary>Keys of the Quartz job data the scheduler sets.</summary>
internal static class JobData
{
    public const string Schedule = "schedule";
    /// <summary>The slot a catch-up or business-day trigger runs for (round-trip "O" format); cron fires use their own fire time.</summary>
    public const string ScheduledFor = "scheduledFor";
    public const string RunKind = "runKind";
    /// <summary>"true" on business-day triggers: arm the next slot when this one fires.</summary>
    public const string Rearm = "rearm";
}
