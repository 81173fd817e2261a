namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Both models fitted on one calibration window: each part's fit (also when flagged) or, when it could
/// not even be attempted, why. Only valid parts may price predictions (<see cref="ToModel"/>).
/// </summary>
/// <param name="BgNbd">The BG/NBD fit; null when it could not be attempted.</param>
/// <param name="GammaGamma">The Gamma-Gamma fit; null when it could not be attempted (e.g. no repeat spend).</param>
/// <param name="BgNbdFailure">Why BG/NBD was not attempted; null when it was.</param>
/// <param name="GammaGammaFailure">Why Gamma-Gamma was not attempted; null when it was.</param>
/// <param name="CustomerCount">Customers in the window.</param>
/// <param name="RepeatCustomerCount">Customers with at least one repeat purchase day.</param>
/// <param name="TimeUnit">Time unit of the summaries.</param>
/// <param name="FittedAt">When the fit ran.</param>
public sealed record ClvFitAttempt(
    BgNbdFit? BgNbd, GammaGammaFit? GammaGamma, string? BgNbdFailure, string? GammaGammaFailure,
    int CustomerCount, int RepeatCustomerCount, ModelTimeUnit TimeUnit, DateTimeOffset FittedAt)
{
    /// <summary>Why the BG/NBD part cannot be used; null when it is valid.</summary>
    public string? BgNbdProblem => BgNbd is { IsValid: true } ? null : BgNbd?.Problem ?? BgNbdFailure;

    /// <summary>Why the Gamma-Gamma part cannot be used; null when it is valid.</summary>
    public string? GammaGammaProblem => GammaGamma is { IsValid: true } ? null : GammaGamma?.Problem ?? GammaGammaFailure;

    /// <summary>Both parts are interior maxima of this window (a usable limit is not).</summary>
    public bool Converged => BgNbd?.Status == FitStatus.Valid && GammaGamma?.Status == FitStatus.Valid;

    /// <summary>What the usable parts at a limit of their model mean (empty when none is).</summary>
    public IReadOnlyList<string> LimitNotes =>
        [.. new[] { BgNbd?.Status == FitStatus.AtLimit ? BgNbd.Problem : null, GammaGamma?.Status == FitStatus.AtLimit ? GammaGamma.Problem : null }.OfType<string>()];

    /// <summary>Optimiser iterations of both fits together.</summary>
    public int Iterations => (BgNbd?.Iterations ?? 0) + (GammaGamma?.Iterations ?? 0);

    /// <summary>
    /// The pricing model: each valid part of this window, otherwise that part of <paramref name="previous"/>
    /// (the last valid one); null when no BG/NBD is available at all.
    /// </summary>
    public ClvModelFit? ToModel(ClvModelFit? previous)
    {
        var bgNbd = BgNbdProblem is null ? BgNbd!.Parameters : previous?.BgNbd;
        var gammaGamma = GammaGammaProblem is null ? GammaGamma!.Parameters : previous?.GammaGamma;
        return bgNbd is null ? null : new ClvModelFit(bgNbd, gammaGamma, TimeUnit);
    }
}
