using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.Work;
using DuckDB.NET.Data;

namespace CrmInsights.Host.Tests;

/// <summary>Shared state of <see cref="LoadWork"/>: its table, and a signal when a load is under way.</summary>
internal sealed class LoadProbe(TestWorkspace workspace)
{
    public TestWorkspace Workspace { get; } = workspace;
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Rows { get; set; } = 20;
    public TimeSpan RowDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}

/// <summary>Test double for a batch load: inserts rows one by one in one transaction, rolling back on cancellation as real loads must.</summary>
internal sealed class LoadWork(LoadProbe probe) : IScheduledWork
{
    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        await using var connection = new DuckDBConnection($"Data Source={probe.Workspace.Paths.WarehouseFile}");
        await connection.OpenAsync(cancellationToken);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS test_load (batch VARCHAR, n INTEGER)";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        probe.Started.TrySetResult();
        try
        {
            for (var n = 0; n < probe.Rows; n++)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO test_load VALUES ($batch, $n)";
                insert.Parameters.Add(new DuckDBParameter("batch", scheduledFor.ToString("O")));
                insert.Parameters.Add(new DuckDBParameter("n", n));
                await insert.ExecuteNonQueryAsync(cancellationToken);
                await Task.Delay(probe.RowDelay, cancellationToken);
            }
            await transaction.CommitAsync(CancellationToken.None);
            return WorkOutcome.Success($"{probe.Rows} rows");
        }
        catch (OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
