namespace CrmInsights.Analytics.Clv;

/// <summary>Whether a model fit is a finite maximum the predictions may use.</summary>
public enum FitStatus
{
    /// <summary>A finite, interior maximum: gradient ≈ 0, the value settled, every check passed.</summary>
    Valid,

    /// <summary>
    /// Usable, but not an interior maximum: the likelihood rises towards a limit of the model where its predictions
    /// stay finite and meaningful (BG/NBD with a or b at a bound: the spread of dropout probabilities is not
    /// identified, e.g. nobody is seen to drop out yet). Stored as not converged, with a note.
    /// </summary>
    AtLimit,

    /// <summary>The optimiser ran out of iterations or could not bring the gradient to zero.</summary>
    NotConverged,

    /// <summary>No usable finite maximum: a parameter ran to 0 or ∞, the likelihood is not finite or not
    /// stable at the estimates, or (Gamma-Gamma) q ≤ 1 makes the mean spend infinite.</summary>
    Degenerate,
}
