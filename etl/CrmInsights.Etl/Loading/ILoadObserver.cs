namespace CrmInsights.Etl.Loading;

/// <summary>
/// Sees each step of a batch load before it runs (statement names and the named steps of <see cref="LoadSteps"/>).
/// Production runs have none; tests use it to record every statement sent and to fail a batch at a chosen step.
/// </summary>
public interface ILoadObserver
{
    /// <summary>Called before each statement is sent.</summary>
    Task BeforeStatementAsync(LoadStatement statement, CancellationToken cancellationToken);

    /// <summary>Called before each named step (see <see cref="LoadSteps"/>).</summary>
    Task BeforeStepAsync(string stepName, CancellationToken cancellationToken);
}
