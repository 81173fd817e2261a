namespace CrmInsights.Host.Scheduling.Work;

/// <summary>What one attempt of scheduled work achieved.</summary>
public sealed record WorkOutcome(bool Succeeded, string? Message)
{
    public static WorkOutcome Success(string? summary = null) => new(true, summary);

    public static WorkOutcome Failed(string reason) => new(false, reason);
}
