using Microsoft.Extensions.Options;

namespace CrmInsights.Reports.Delivery;

/// <summary>Validates <see cref="SmtpOptions"/>, listing every failure with its key and value (never the password).</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Smtp:Port must be 1..65535, was {options.Port}.");
        }
        if (!ReportsOptionsValidator.IsEmail(options.From))
        {
            failures.Add($"Smtp:From must be an email address, was '{options.From}'.");
        }
        if (options.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"Smtp:MaxAttempts must be 1..20, was {options.MaxAttempts}.");
        }
        if (options.InitialBackoffMs < 0)
        {
            failures.Add($"Smtp:InitialBackoffMs must not be negative, was {options.InitialBackoffMs}.");
        }
        if (options.TimeoutSeconds < 1)
        {
            failures.Add($"Smtp:TimeoutSeconds must be at least 1, was {options.TimeoutSeconds}.");
        }
        if (options.IsConfigured && !string.IsNullOrWhiteSpace(options.User)
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(options.PasswordVariable)))
        {
            failures.Add($"Smtp:User is '{options.User}' but the environment variable {options.PasswordVariable} holding the password is not set.");
        }
        if (string.IsNullOrWhiteSpace(options.MessageIdDomain) || options.MessageIdDomain.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-')))
        {
            failures.Add($"Smtp:MessageIdDomain must be a host name, was '{options.MessageIdDomain}'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
