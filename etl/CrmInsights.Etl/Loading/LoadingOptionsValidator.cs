using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Loading;

/// <summary>Validates <see cref="LoadingOptions"/> at start, listing every failure.</summary>
public sealed class LoadingOptionsValidator : IValidateOptions<LoadingOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, LoadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
