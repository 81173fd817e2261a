namespace CrmInsights.Analytics.Clv;

/// <summary>
/// The model that prices a month's predictions: BG/NBD parameters (P(alive), expected purchases)
/// and, when a usable spend fit exists, Gamma-Gamma parameters (expected spend, CLV). Each part is
/// either the month's own valid fit or the last valid one kept from an earlier month.
/// </summary>
/// <param name="BgNbd">Purchase-count model.</param>
/// <param name="GammaGamma">Spend model; null when no valid spend fit exists, so CLV stays unknown.</param>
/// <param name="TimeUnit">Time unit of α and of the summaries.</param>
public sealed record ClvModelFit(BgNbdParameters BgNbd, GammaGammaParameters? GammaGamma, ModelTimeUnit TimeUnit);
