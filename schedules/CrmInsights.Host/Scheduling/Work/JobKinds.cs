namespace CrmInsights.Host.Scheduling.Work;

/// <summary>The job kinds a schedule may name. Each needs a registered <see cref="IScheduledWork"/>.</summary>
public static class JobKinds
{
    public const string Etl = "etl";
    public const string Snapshot = "snapshot";
    public const string Report = "report";
    public const string Probe = "probe";

    public static IReadOnlyList<string> All { get; } = [Etl, Snapshot, Report, Probe];
}
