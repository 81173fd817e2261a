namespace CrmInsights.Analytics.Clv;

/// <summary>Result of a Gamma-Gamma maximum-likelihood fit (on repeat buyers only).</summary>
/// <param name="Parameters">The estimates.</param>
/// <param name="LogLikelihood">Total log-likelihood at the estimates.</param>
/// <param name="CustomerCount">Repeat buyers (x &gt; 0) the fit used.</param>
/// <param name="Converged">Whether the optimiser met its tolerance before its iteration limit.</param>
/// <param name="Iterations">Optimiser iterations over all restarts.</param>
public sealed record GammaGammaFit(GammaGammaParameters Parameters, double LogLikelihood, int CustomerCount, bool Converged, int Iterations);
