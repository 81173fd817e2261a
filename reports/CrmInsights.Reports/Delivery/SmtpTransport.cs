using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;
using Polly;
using Polly.Retry;

namespace CrmInsights.Reports.Delivery;

/// <summary>Sends over SMTP with MailKit: TLS and authentication from <see cref="SmtpOptions"/>, retries with exponential backoff.</summary>
public sealed partial class SmtpTransport : IMessageTransport
{
    private readonly SmtpOptions _options;
    private readonly ILogger<SmtpTransport> _logger;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates the transport and its retry pipeline.</summary>
    public SmtpTransport(SmtpOptions options, ILogger<SmtpTransport> logger, TimeProvider? timeProvider = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        var builder = new ResiliencePipelineBuilder();
        if (timeProvider is not null)
        {
            builder.TimeProvider = timeProvider;
        }
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(options.InitialBackoffMs),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                OnRetry = args =>
                {
                    LogRetry(_logger, args.AttemptNumber + 1, _options.MaxAttempts, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message ?? "");
                    return ValueTask.CompletedTask;
                },
            });
        }
        _pipeline = builder.Build();
    }

    /// <inheritdoc/>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _pipeline.ExecuteAsync(async ct =>
        {
            using var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000 };
            await client.ConnectAsync(_options.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), _options.Port, _options.Security, ct);
            if (!string.IsNullOrWhiteSpace(_options.User))
            {
                var password = Environment.GetEnvironmentVariable(_options.PasswordVariable) ?? "";
                await client.AuthenticateAsync(_options.User, password, ct);
            }
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }, cancellationToken);
    }

    /// <summary>Network trouble and 4xx replies are worth retrying; 5xx rejections and authentication failures are not.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException c => (int)c.StatusCode is >= 400 and < 500,
        AuthenticationException => false,
        SslHandshakeException => false,
        SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or TimeoutException => true,
        OperationCanceledException => false,
        _ => false,
    };

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "SMTP attempt failed; retry {Attempt} of {MaxAttempts} in {DelayMs} ms: {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, int maxAttempts, double delayMs, string error);
}
