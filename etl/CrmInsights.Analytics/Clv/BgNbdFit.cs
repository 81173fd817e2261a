namespace CrmInsights.Analytics.Clv;

/// <summary>Result of a BG/NBD maximum-likelihood fit.</summary>
/// <param name="Parameters">The estimates.</param>
/// <param name="LogLikelihood">Total log-likelihood at the estimates.</param>
/// <param name="CustomerCount">Customers the fit used.</param>
/// <param name="Converged">Whether the optimiser met its tolerance before its iteration limit.</param>
/// <param name="Iterations">Optimiser iterations over all restarts.</param>
public sealed record BgNbdFit(BgNbdParameters Parameters, double LogLikelihood, int CustomerCount, bool Converged, int Iterations);
