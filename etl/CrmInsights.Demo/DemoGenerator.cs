using System.Diagnostics;
using CrmInsights.Demo.Streams;

namespace CrmInsights.Demo;

/// <summary>
/// Generates a deterministic demo dataset for all four sources into
/// <c>OutputDirectory/inbox/&lt;source&gt;/&lt;entity&gt;-&lt;yyyy-MM-dd&gt;.&lt;ext&gt;</c>, plus
/// <c>ground-truth.json</c>, <c>ground-truth-customers.csv</c> and (dirty mode)
/// <c>dirty-manifest.json</c> in <c>OutputDirectory</c>. Same options, same bytes.
/// </summary>
public static class DemoGenerator
{
    /// <summary>Runs a generation. Throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    public static GenerationSummary Generate(DemoOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid demo options: " + string.Join(" ", errors), nameof(options));
        }

        var watch = Stopwatch.StartNew();
        using var run = new GenerationRun(options, progress, cancellationToken);
        run.Run();
        return run.Summarise(watch.Elapsed);
    }
}
