using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics;

/// <summary>Bridges <see cref="IValidatedOptions"/> to the options framework and to direct construction.</summary>
public static class OptionsValidation
{
    /// <summary>Throws <see cref="OptionsValidationException"/> listing every failure when <paramref name="options"/> is invalid.</summary>
    public static T ThrowIfInvalid<T>(T options)
        where T : class, IValidatedOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate();
        return failures.Count == 0 ? options : throw new OptionsValidationException(typeof(T).Name, typeof(T), failures);
    }
}

/// <summary>Runs <see cref="IValidatedOptions.Validate"/> when the options are bound.</summary>
/// <typeparam name="T">The options type.</typeparam>
internal sealed class SelfValidatingOptionsValidator<T> : IValidateOptions<T>
    where T : class, IValidatedOptions
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = options.Validate();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
