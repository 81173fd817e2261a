namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>
/// How a failed run is retried: up to <see cref="MaxAttempts"/> attempts in all, waiting
/// <see cref="InitialBackoff"/> before the second and doubling the wait before each later one.
/// </summary>
public sealed record RetrySettings(int MaxAttempts, TimeSpan InitialBackoff)
{
    public static RetrySettings Default { get; } = new(3, TimeSpan.FromMinutes(1));

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): initial × 2^(attempt-1), capped at one hour.</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Max(0, attempt - 1));
        var ticks = Math.Min(InitialBackoff.Ticks * factor, TimeSpan.FromHours(1).Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
