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

    /// <summary>
    /// Fits both models to the summaries (in <see cref="ClvOptions.TimeUnit"/>), which are read twice. Never throws
    /// for data the models cannot fit: a part that cannot be attempted says why, a flagged part says what is wrong.
    /// </summary>
    /// <exception cref="ArgumentException">A summary is invalid (a programming error upstream).</exception>
    public ClvFitAttempt Fit(IReadOnlyCollection<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        foreach (var customer in customers)
        {
            customer.EnsureValid();
        }

        var (bgNbd, bgNbdFailure) = Attempt(() => BgNbdFitter.Fit(customers, _options.MaxIterations));
        var (gammaGamma, gammaGammaFailure) = Attempt(() => GammaGammaFitter.Fit(customers, _options.MaxIterations));
        var fit = new ClvFitAttempt(bgNbd, gammaGamma, bgNbdFailure, gammaGammaFailure,
            customers.Count, customers.Count(c => c.Frequency > 0), _options.TimeUnit, _time.GetUtcNow());
        if (bgNbd is { } b)
        {
            LogBgNbd(fit.CustomerCount, fit.RepeatCustomerCount, b.Parameters.R, b.Parameters.Alpha, b.Parameters.A, b.Parameters.B, b.LogLikelihood, b.Status, b.Iterations);
        }

        if (gammaGamma is { } g)
        {
            LogGammaGamma(g.CustomerCount, g.Parameters.P, g.Parameters.Q, g.Parameters.Gamma, g.LogLikelihood, g.Status, g.Iterations);
        }

        return fit;
    }

    // Only the fitters' own "cannot fit these data" exceptions become reasons; anything else is a bug and propagates.
    private static (T? Fit, string? Failure) Attempt<T>(Func<T> fit)
        where T : class
    {
        try
        {
            return (fit(), null);
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message.Split(" (Parameter")[0]);
        }
    }

    // Per-fit detail is Debug: a snapshot fits once per month, and the deriver logs the one summary line at Information.
    [LoggerMessage(EventId = 5100, Level = LogLevel.Debug,
        Message = "BG/NBD on {CustomerCount} customers ({RepeatCount} repeat): r={R} alpha={Alpha} a={A} b={B} LL={LogLikelihood} {Status} in {Iterations} iterations")]
    private partial void LogBgNbd(int customerCount, int repeatCount, double r, double alpha, double a, double b, double logLikelihood, FitStatus status, int iterations);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug,
        Message = "Gamma-Gamma on {RepeatCount} repeat buyers with spend: p={P} q={Q} gamma={Gamma} LL={LogLikelihood} {Status} in {Iterations} iterations")]
    private partial void LogGammaGamma(int repeatCount, double p, double q, double gamma, double logLikelihood, FitStatus status, int iterations);
}
