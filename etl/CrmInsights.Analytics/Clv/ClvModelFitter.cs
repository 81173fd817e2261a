using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Clv;

/// <summary>Fits BG/NBD and Gamma-Gamma together and stamps the result with the fit time.</summary>
public sealed partial class ClvModelFitter
{
    private readonly ClvOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ClvModelFitter> _logger;

    /// <summary>Creates a fitter; the options are validated.</summary>
    public ClvModelFitter(IOptions<ClvOptions> options, TimeProvider time, ILogger<ClvModelFitter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = OptionsValidation.ThrowIfInvalid(options.Value);
        _time = time;
        _logger = logger ?? NullLogger<ClvModelFitter>.Instance;
    }

    /// <summary>Fits both models to the summaries (in <see cref="ClvOptions.TimeUnit"/>), which are read twice.</summary>
    /// <exception cref="ArgumentException">No customers, no repeat buyers, or an invalid summary.</exception>
    public ClvModelFit Fit(IReadOnlyCollection<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var bgNbd = BgNbdFitter.Fit(customers, _options.MaxIterations);
        var gammaGamma = GammaGammaFitter.Fit(customers, _options.MaxIterations);
        var fit = ClvModelFit.From(bgNbd, gammaGamma, _options.TimeUnit, _time.GetUtcNow());
        LogFitted(fit.CustomerCount, fit.RepeatCustomerCount, fit.R, fit.Alpha, fit.A, fit.B, fit.P, fit.Q, fit.Gamma, fit.Iterations);
        if (!fit.Converged)
        {
            LogNotConverged(_options.MaxIterations);
        }

        return fit;
    }

    // Per-fit detail is Debug: a snapshot fits once per month, and the deriver logs the one summary line at Information.
    [LoggerMessage(EventId = 5100, Level = LogLevel.Debug,
        Message = "Fitted CLV model on {CustomerCount} customers ({RepeatCount} repeat): r={R} alpha={Alpha} a={A} b={B} p={P} q={Q} gamma={Gamma} in {Iterations} iterations")]
    private partial void LogFitted(int customerCount, int repeatCount, double r, double alpha, double a, double b, double p, double q, double gamma, int iterations);

    // Debug, not Warning: tiny early months (a handful of repeat buyers) often stop at the bound; the fit records
    // Converged = false in fact.ModelFit.
    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug,
        Message = "CLV model fit did not converge within {MaxIterations} iterations; the estimates are the best found. Raise Clv:MaxIterations or check the input summaries")]
    private partial void LogNotConverged(int maxIterations);
}
