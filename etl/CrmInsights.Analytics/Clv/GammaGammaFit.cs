namespace CrmInsights.Analytics.Clv;

/// <summary>Result of a Gamma-Gamma maximum-likelihood fit (on repeat buyers with spend only).</summary>
/// <param name="Parameters">The estimates (the best point found, also when flagged).</param>
/// <param name="LogLikelihood">Total log-likelihood at the estimates, in the summaries' own currency unit.</param>
/// <param name="CustomerCount">Repeat buyers with a positive mean repeat value the fit used.</param>
/// <param name="Converged">Whether the optimiser reached a stationary point (gradient and value change within tolerance).</param>
/// <param name="Iterations">Optimiser iterations over all starts and restarts.</param>
/// <param name="Status">Whether the estimates are a usable finite maximum with a finite mean spend.</param>
/// <param name="Problem">What is wrong (or, at a limit, what the limit means), in a sentence with the numbers; null when <see cref="FitStatus.Valid"/>.</param>
public sealed record GammaGammaFit(GammaGammaParameters Parameters, double LogLikelihood, int CustomerCount, bool Converged, int Iterations,
    FitStatus Status = FitStatus.Valid, string? Problem = null)
{
    /// <summary>True when the predictions may use the estimates (a valid maximum or a usable limit).</summary>
    public bool IsValid => Status is FitStatus.Valid or FitStatus.AtLimit;
}
