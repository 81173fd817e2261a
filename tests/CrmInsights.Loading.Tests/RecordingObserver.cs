using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

/// <summary>Records every statement and step of a load; optionally throws at one of them.</summary>
internal sealed class RecordingObserver : ILoadObserver
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public List<LoadStatement> Statements { get; } = [];

    public List<string> Steps { get; } = [];

    public List<(string Name, long Ms)> Timeline { get; } = [];

    /// <summary>The statement or step name to fail at (null = never).</summary>
    public string? FailAt { get; set; }

    public Task BeforeStatementAsync(LoadStatement statement, CancellationToken cancellationToken)
    {
        Statements.Add(statement);
        return Hit(statement.Name);
    }

    public Task BeforeStepAsync(string stepName, CancellationToken cancellationToken)
    {
        Steps.Add(stepName);
        return Hit(stepName);
    }

    private Task Hit(string name)
    {
        Timeline.Add((name, _clock.ElapsedMilliseconds));
        if (name == FailAt)
        {
            throw new InjectedFailureException(name);
        }

        return Task.CompletedTask;
    }
}

/// <summary>The failure a test injects.</summary>
internal sealed class InjectedFailureException(string step) : Exception($"Injected failure at {step}.");
