namespace CrmInsights.Analytics.Clv;

/// <summary>Result of a BG/NBD maximum-likelihood fit.</summary>
/// <param name="Parameters">The estimates (the best point found, also when flagged).</param>
/// <param name="LogLikelihood">Total log-likelihood at the estimates, in the summaries' own time unit.</param>
/// <param name="CustomerCount">Customers the fit used.</param>
/// <param name="Converged">Whether the optimiser reached a stationary point (gradient and value change within tolerance).</param>
/// <param name="Iterations">Optimiser iterations over all starts and restarts.</param>
/// <param name="Status">Whether the estimates are a usable finite maximum.</param>
/// <param name="Problem">What is wrong (or, at a limit, what the limit means), in a sentence with the numbers; null when <see cref="FitStatus.Valid"/>.</param>
public sealed record BgNbdFit(BgNbdParameters Parameters, double LogLikelihood, int CustomerCount, bool Converged, int Iterations,
    FitStatus Status = FitStatus.Valid, string? Problem = null)
{
    /// <summary>True when the predictions may use the estimates (a valid maximum or a usable limit).</summary>
    public bool IsValid => Status is FitStatus.Valid or FitStatus.AtLimit;
}
