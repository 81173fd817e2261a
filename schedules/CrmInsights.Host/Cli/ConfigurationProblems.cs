using System.Text.Json;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Cli;

/// <summary>
/// Turns what the configuration stack throws (a malformed settings file, options that fail validation or do not bind)
/// into one sentence per problem, so every verb exits 2 with them instead of a stack trace.
/// </summary>
internal static class ConfigurationProblems
{
    /// <summary>The settings file could not be read as JSON: names the file and the parser's position.</summary>
    public static ExpectedFailureException MalformedFile(string path, Exception e)
    {
        var json = Innermost<JsonException>(e);
        var detail = json?.Message ?? Innermost(e).Message;
        return new ExpectedFailureException(FailureKind.Configuration,
            $"{path} is not valid JSON ({detail.TrimEnd('.')}); fix the file, or remove it to run on the defaults.", e);
    }

    /// <summary>The failure sentences of a validation or binding error, or null when <paramref name="e"/> is neither.</summary>
    public static IReadOnlyList<string>? Describe(Exception e) => e switch
    {
        OptionsValidationException v => [.. v.Failures],
        AggregateException a when a.InnerExceptions.All(i => Describe(i) is not null) => [.. a.InnerExceptions.SelectMany(i => Describe(i)!)],
        // ConfigurationBinder: "Failed to convert configuration value 'x' at 'Section:Key' to type 'System.Int32'."
        InvalidOperationException { Message: var m } when m.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
            || m.StartsWith("Failed to create instance of type", StringComparison.Ordinal) => [m],
        _ => null,
    };

    /// <summary>One exception whose message lists every problem, one per line.</summary>
    public static ExpectedFailureException Invalid(IReadOnlyList<string> problems, Exception? inner = null) =>
        new(FailureKind.Configuration,
            "Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)), inner);

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static T? Innermost<T>(Exception e) where T : Exception
    {
        T? found = null;
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            found = current as T ?? found;
        }
        return found;
    }
}
