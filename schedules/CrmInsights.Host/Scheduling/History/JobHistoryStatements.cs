namespace CrmInsights.Host.Scheduling.History;

/// <summary>
/// The statements of <see cref="AdoJobHistory"/>: T-SQL in the subset SQL Server and DuckDB share.
/// <c>@</c> appears only as a parameter marker, rewritten for each engine by the one rule
/// (<see cref="CrmInsights.Warehouse.Engine.ParameterMarkers"/>, applied by <see cref="CrmInsights.Warehouse.Engine.EngineCommand"/>). Listed in
/// <see cref="HostSqlStatements"/>, which a test parses with ScriptDom.
/// </summary>
public static class JobHistoryStatements
{
    private const string Columns = "RunId, JobName, ScheduledFor, StartedAt, FinishedAt, Status, Attempt, Error, RunKind, Node";

    public const string Insert = $"""
        INSERT INTO etl.JobRun ({Columns})
        VALUES (@RunId, @JobName, @ScheduledFor, @StartedAt, NULL, @Status, @Attempt, @Error, @RunKind, @Node)
        """;

    public const string Finish = """
        UPDATE etl.JobRun SET FinishedAt = @FinishedAt, Status = @Status, Error = @Error WHERE RunId = @RunId
        """;

    public const string MarkInterrupted = """
        UPDATE etl.JobRun SET Status = 'interrupted', FinishedAt = @At, Error = @Error
        WHERE Status = 'running' AND Node = @Node
        """;

    public const string MarkAbandoned = """
        UPDATE etl.JobRun SET Status = 'interrupted', FinishedAt = @At, Error = @Error
        WHERE Status = 'running' AND JobName = @JobName
        """;

    public const string CountSucceeded = """
        SELECT COUNT(*) FROM etl.JobRun WHERE JobName = @JobName AND ScheduledFor = @ScheduledFor AND Status = 'succeeded'
        """;

    public const string LastSucceededSlot = """
        SELECT MAX(ScheduledFor) FROM etl.JobRun WHERE JobName = @JobName AND Status = 'succeeded'
        """;

    public const string FirstSlot = """
        SELECT MIN(ScheduledFor) FROM etl.JobRun WHERE JobName = @JobName
        """;

    public const string LatestRuns = $"""
        SELECT {Columns} FROM etl.JobRun r
        WHERE r.StartedAt = (SELECT MAX(x.StartedAt) FROM etl.JobRun x WHERE x.JobName = r.JobName)
        ORDER BY r.JobName
        """;

    public const string RunsOfJob = $"""
        SELECT {Columns} FROM etl.JobRun WHERE JobName = @JobName ORDER BY StartedAt, Attempt
        """;

    /// <summary>Every statement, by name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Insert)] = Insert,
        [nameof(Finish)] = Finish,
        [nameof(MarkInterrupted)] = MarkInterrupted,
        [nameof(MarkAbandoned)] = MarkAbandoned,
        [nameof(CountSucceeded)] = CountSucceeded,
        [nameof(LastSucceededSlot)] = LastSucceededSlot,
        [nameof(FirstSlot)] = FirstSlot,
        [nameof(LatestRuns)] = LatestRuns,
        [nameof(RunsOfJob)] = RunsOfJob,
    };
}
