using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Dapper;

namespace CrmInsights.Host.Scheduling.History;

/// <summary>
/// etl.JobRun on the warehouse engine's connections through the one command helper (<see cref="EngineCommand"/>,
/// Dapper), in SQL that SQL Server and DuckDB both run (<see cref="JobHistoryStatements"/>).
/// Times are stored as UTC timestamps. One short connection per call, so the embedded file is not
/// held between writes.
/// </summary>
public sealed class AdoJobHistory(IWarehouseEngine engine) : IJobHistory
{
    private const int MaxErrorLength = 4000;

    public Task StartAsync(JobRunRecord run, CancellationToken cancellationToken) =>
        ExecuteAsync(JobHistoryStatements.Insert, cancellationToken,
            ("RunId", run.RunId), ("JobName", run.JobName), ("ScheduledFor", Utc(run.ScheduledFor)),
            ("StartedAt", Utc(run.StartedAt)), ("Status", run.Status), ("Attempt", run.Attempt),
            ("Error", Truncate(run.Error)), ("RunKind", run.RunKind), ("Node", run.Node));

    public Task FinishAsync(Guid runId, string status, DateTimeOffset finishedAt, string? message, CancellationToken cancellationToken) =>
        ExecuteAsync(JobHistoryStatements.Finish, cancellationToken,
            ("RunId", runId), ("FinishedAt", Utc(finishedAt)), ("Status", status), ("Error", Truncate(message)));

    public Task<int> MarkInterruptedAsync(string node, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(JobHistoryStatements.MarkInterrupted, cancellationToken,
            ("At", Utc(at)), ("Node", node), ("Error", "The service stopped before this run finished; its work was rolled back."));

    public Task<int> MarkAbandonedAsync(string jobName, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(JobHistoryStatements.MarkAbandoned, cancellationToken,
            ("At", Utc(at)), ("JobName", jobName), ("Error", "Found unfinished by a later run of the job: the node running it stopped without finishing; its work was rolled back."));

    public async Task<bool> HasSucceededAsync(string jobName, DateTimeOffset scheduledFor, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(JobHistoryStatements.CountSucceeded, cancellationToken, ("JobName", jobName), ("ScheduledFor", Utc(scheduledFor))), System.Globalization.CultureInfo.InvariantCulture) > 0;

    public async Task<DateTimeOffset?> LastSucceededSlotAsync(string jobName, CancellationToken cancellationToken) =>
        FromDb(await ScalarAsync(JobHistoryStatements.LastSucceededSlot, cancellationToken, ("JobName", jobName)));

    public async Task<DateTimeOffset?> FirstSlotAsync(string jobName, CancellationToken cancellationToken) =>
        FromDb(await ScalarAsync(JobHistoryStatements.FirstSlot, cancellationToken, ("JobName", jobName)));

    public Task<IReadOnlyList<JobRunRecord>> LatestRunsAsync(CancellationToken cancellationToken) =>
        QueryAsync(JobHistoryStatements.LatestRuns, cancellationToken);

    public Task<IReadOnlyList<JobRunRecord>> RunsAsync(string jobName, CancellationToken cancellationToken) =>
        QueryAsync(JobHistoryStatements.RunsOfJob, cancellationToken, ("JobName", jobName));

    private static DateTime Utc(DateTimeOffset value) => value.UtcDateTime;

    private static DateTimeOffset? FromDb(object? value) =>
        value is DateTime dt ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)) : null;

    private static string? Truncate(string? text) => text is { Length: > MaxErrorLength } ? text[..MaxErrorLength] : text;

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(EngineCommand.Define(engine.Kind, sql, null, cancellationToken, parameters));
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<object?>(EngineCommand.Define(engine.Kind, sql, null, cancellationToken, parameters));
    }

    private async Task<IReadOnlyList<JobRunRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(EngineCommand.Define(engine.Kind, sql, null, cancellationToken, parameters));
        var result = new List<JobRunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new JobRunRecord(
                reader.GetGuid(0), reader.GetString(1), FromDb(reader.GetValue(2))!.Value, FromDb(reader.GetValue(3))!.Value,
                FromDb(reader.IsDBNull(4) ? null : reader.GetValue(4)), reader.GetString(5),
                Convert.ToInt32(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8), reader.GetString(9)));
        }
        return result;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await engine.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException or IOException)
        {
            throw new ExpectedFailureException(FailureKind.Environment,
                $"The warehouse at {engine.Description} cannot be opened for the job history ({e.Message}). Check it exists and no other process holds it for writing.", e);
        }
    }
}
