namespace CrmInsights.Host.Scheduling.Work;

/// <summary>Records that a job kind has an implementation, so validation can tell registered kinds apart.</summary>
public sealed record ScheduledWorkRegistration(string Kind, Type ImplementationType);
