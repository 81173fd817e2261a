using System.Globalization;
using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>What fact.ModelFit.FitStatus says about a month's pricing model.</summary>
internal enum FitRecordStatus
{
    /// <summary>Both models are the window's own usable fits (valid maxima, or a usable limit named in the note).</summary>
    Fitted,

    /// <summary>A flagged model's parameters are kept from the previous month's row (the last valid ones).</summary>
    Fallback,

    /// <summary>A flagged model had no earlier valid parameters to keep; its predictions stay NULL.</summary>
    Incomplete,
}

/// <summary>
/// How a month's fit attempt is stored: the verdict, the note naming each flagged model's problem and what was
/// kept, the pricing parameters (r..gamma), a flagged model's own estimates (rejected_*), and the log-likelihoods.
/// </summary>
internal sealed record FitRecord(
    FitRecordStatus Status, string? Note, int? FallbackKey, ClvModelFit? Model,
    IReadOnlyList<(string Name, double Value)> Parameters, double? LogLikelihood)
{
    public static FitRecord Judge(ClvFitAttempt attempt, StoredFit? previous)
    {
        var model = attempt.ToModel(previous?.Model);
        var notes = new List<string>();
        bool keptAny = false, missingAny = false;
        void Part(string? problem, string name, bool kept, string withoutIt)
        {
            if (problem is null)
            {
                return;
            }

            keptAny |= kept;
            missingAny |= !kept;
            notes.Add(problem.TrimEnd('.') + (kept
                ? Invariant($"; kept the {name} parameters of fit {previous!.Key} (calibrated to {YearMonth.FromDateKey(previous.EndDateKey):yyyy-MM-dd}).")
                : $"; no earlier valid {name} fit to keep, so {withoutIt} stay empty."));
        }

        Part(attempt.BgNbdProblem, "BG/NBD", previous?.Model?.BgNbd is not null, "P(alive), expected purchases and CLV");
        Part(attempt.GammaGammaProblem, "Gamma-Gamma", previous?.Model?.GammaGamma is not null, "expected spend and CLV");
        notes.AddRange(attempt.LimitNotes);
        var status = missingAny ? FitRecordStatus.Incomplete : keptAny ? FitRecordStatus.Fallback : FitRecordStatus.Fitted;

        var parameters = new List<(string, double)>();
        if (model is not null)
        {
            parameters.AddRange([("r", model.BgNbd.R), ("alpha", model.BgNbd.Alpha), ("a", model.BgNbd.A), ("b", model.BgNbd.B)]);
            if (model.GammaGamma is { } g)
            {
                parameters.AddRange([("p", g.P), ("q", g.Q), ("gamma", g.Gamma)]);
            }
        }

        if (attempt.BgNbd is { IsValid: false } rejectedBgNbd)
        {
            var b = rejectedBgNbd.Parameters;
            parameters.AddRange([("rejected_r", b.R), ("rejected_alpha", b.Alpha), ("rejected_a", b.A), ("rejected_b", b.B)]);
        }

        if (attempt.GammaGamma is { IsValid: false } rejectedGammaGamma)
        {
            var g = rejectedGammaGamma.Parameters;
            parameters.AddRange([("rejected_p", g.P), ("rejected_q", g.Q), ("rejected_gamma", g.Gamma)]);
        }

        if (attempt.BgNbd is { } bgNbd && double.IsFinite(bgNbd.LogLikelihood))
        {
            parameters.Add(("bgnbd_loglik", bgNbd.LogLikelihood));
        }

        if (attempt.GammaGamma is { } gammaGamma && double.IsFinite(gammaGamma.LogLikelihood))
        {
            parameters.Add(("gamma_gamma_loglik", gammaGamma.LogLikelihood));
        }

        parameters.Add(("repeat_customers", attempt.RepeatCustomerCount));
        parameters.Add(("time_unit_days", (int)attempt.TimeUnit));
        double? logLikelihood = attempt.BgNbd is null && attempt.GammaGamma is null
            ? null
            : (attempt.BgNbd?.LogLikelihood ?? 0) + (attempt.GammaGamma?.LogLikelihood ?? 0);
        if (logLikelihood is { } ll && !double.IsFinite(ll))
        {
            logLikelihood = null;
        }

        return new FitRecord(status, notes.Count == 0 ? null : string.Join(" ", notes), keptAny ? previous!.Key : null, model, parameters, logLikelihood);
    }

    /// <summary>The pricing model stored under a fit's parameters; null without BG/NBD parameters or in another time unit.</summary>
    public static ClvModelFit? ModelFrom(IReadOnlyDictionary<string, double> stored, ModelTimeUnit unit)
    {
        if (!stored.TryGetValue("time_unit_days", out var days) || (int)days != (int)unit
            || !stored.TryGetValue("r", out var r) || !stored.TryGetValue("alpha", out var alpha)
            || !stored.TryGetValue("a", out var a) || !stored.TryGetValue("b", out var b))
        {
            return null;
        }

        var gammaGamma = stored.TryGetValue("p", out var p) && stored.TryGetValue("q", out var q) && stored.TryGetValue("gamma", out var gamma)
            ? new GammaGammaParameters(p, q, gamma)
            : null;
        return new ClvModelFit(new BgNbdParameters(r, alpha, a, b), gammaGamma, unit);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
