using MailKit.Security;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// The <c>Smtp</c> configuration section. With no <see cref="Host"/>, messages go to the outbox
/// folder as .eml files. The password is read from the environment variable named by
/// <see cref="PasswordVariable"/> and is never logged.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>Section name.</summary>
    public const string SectionName = "Smtp";

    /// <summary>SMTP server host; empty means "write to the outbox".</summary>
    public string? Host { get; set; }

    /// <summary>Port (587 submission with STARTTLS by default).</summary>
    public int Port { get; set; } = 587;

    /// <summary>TLS mode: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>User name for authentication; empty means no authentication.</summary>
    public string? User { get; set; }

    /// <summary>Environment variable holding the password.</summary>
    public string PasswordVariable { get; set; } = "CRMINSIGHTS_SMTP_PASSWORD";

    /// <summary>Sender address.</summary>
    public string From { get; set; } = "crm-insights@localhost";

    /// <summary>Sender display name.</summary>
    public string FromName { get; set; } = "CRM Insights";

    /// <summary>Attempts per message, including the first.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Delay before the first retry; doubles each time.</summary>
    public int InitialBackoffMs { get; set; } = 2000;

    /// <summary>Socket timeout.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Domain of the deterministic Message-IDs.</summary>
    public string MessageIdDomain { get; set; } = "crm-insights.local";

    /// <summary>Outbox folder used when <see cref="Host"/> is empty.</summary>
    public string OutboxDirectory { get; set; } = "outbox";

    /// <summary>Whether an SMTP server is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
