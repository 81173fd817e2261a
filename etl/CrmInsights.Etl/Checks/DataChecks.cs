using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CrmInsights.Etl.Loading;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.ReferenceData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Checks;

/// <summary>
/// Runs the data checks of <see cref="DataCheckCatalog"/> and the per-batch reconciliation, records every result with a
/// sample of failing rows in etl.CheckResult, and answers whether an error-level failure blocks report delivery.
/// </summary>
public sealed partial class DataChecks(
    IWarehouseEngine engine, IOptions<WarehouseOptions> warehouse, IOptions<LoadingOptions> options, TimeProvider time, ILogger<DataChecks> logger)
{
    /// <summary>Failing rows kept per check.</summary>
    public const int SampleSize = 5;

    /// <summary>Runs every catalogued check (per-source ones once per source) and records the results.</summary>
    public async Task<IReadOnlyList<CheckResult>> RunAsync(IEnumerable<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var now = time.GetUtcNow().UtcDateTime;
        var p = new LoadParameters
        {
            ["Currency"] = warehouse.Value.Currency, ["Now"] = now, ["EndOfTime"] = ReferenceRows.EndOfTime,
            ["FreshSince"] = now.AddHours(-options.Value.FreshnessHours),
        };
        var results = new List<CheckResult>();
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var db = new LoadDb(engine, connection, null);
        foreach (var check in DataCheckCatalog.All)
        {
            foreach (var source in check.PerSource ? sources.Select(s => (string?)s) : [null])
            {
                var name = source is null ? check.Name : $"{check.Name}:{source}";
                var (count, sample) = await FailingRowsAsync(db, check.Statement, source is null ? p : p.With("Source", source), cancellationToken);
                var message = count == 0 ? $"Passed: {check.Description}" : $"{count} failing row(s): {check.Description}";
                results.Add(new CheckResult(name, check.Severity, count == 0, count, message, sample));
            }
        }

        await RecordAsync(results, cancellationToken);
        return results;
    }

    /// <summary>
    /// The checks of one batch — its reconciliation and its reject rate — as recorded inside the batch's own transaction
    /// (see <see cref="BatchOutcome.Checked"/>); recorded now, in one transaction, for a batch loaded without them.
    /// </summary>
    public async Task<IReadOnlyList<CheckResult>> BatchChecksAsync(BatchOutcome batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Checked ?? await engine.RunInTransactionAsync((c, t, ct) => BatchChecksAsync(batch, new LoadDb(engine, c, t), ct), cancellationToken);
    }

    /// <summary>
    /// Runs and records the batch's checks on <paramref name="db"/>: the loader calls this inside the batch's transaction,
    /// so a batch and its checks commit together and a kill can never leave a loaded batch without them (or record them
    /// twice after a re-run). Reconciliation: the fact rows carrying the batch id equal its RowsLoaded, and the net amount
    /// of the accepted source rows equals the warehouse amount plus the rows rejected at load (fact batches only).
    /// </summary>
    public async Task<IReadOnlyList<CheckResult>> BatchChecksAsync(BatchOutcome batch, LoadDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(db);
        var results = new List<CheckResult>();
        if (await ReconcileAsync(batch, db, cancellationToken) is { } reconciled)
        {
            results.Add(reconciled);
        }

        if (RejectRate(batch) is { } rejectRate)
        {
            results.Add(rejectRate);
        }

        await InsertAsync(db, results, cancellationToken);
        return results;
    }

    private static async Task<CheckResult?> ReconcileAsync(BatchOutcome batch, LoadDb db, CancellationToken cancellationToken)
    {
        if (batch.Status != BatchStatus.Loaded || batch.FactTable is null || batch.BatchId is not { } batchId)
        {
            return null;
        }

        long rows = 0;
        decimal? amount = null;
        await db.QueryAsync(CheckStatements.Reconcile[batch.FactTable], new LoadParameters { ["BatchId"] = batchId }, r =>
        {
            rows = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
            amount = r.IsDBNull(1) ? null : Convert.ToDecimal(r.GetValue(1), CultureInfo.InvariantCulture);
        }, cancellationToken);

        var problems = new List<string>();
        if (rows != batch.RowsLoaded)
        {
            problems.Add($"{batch.FactTable} holds {rows} rows of the batch; the batch loaded {batch.RowsLoaded}");
        }

        if (batch.SourceAmount is { } source && source != (amount ?? 0m) + batch.RejectedAmount)
        {
            problems.Add($"source amount {source.ToString(CultureInfo.InvariantCulture)} ≠ warehouse {(amount ?? 0m).ToString(CultureInfo.InvariantCulture)} + rejected {batch.RejectedAmount.ToString(CultureInfo.InvariantCulture)}");
        }

        var result = new CheckResult(
            $"reconcile:{batch.Source}/{batch.Entity}", CheckSeverity.Error, problems.Count == 0, problems.Count,
            problems.Count == 0 ? $"{batch.Origin}: {rows} rows{(amount is { } a ? $", amount {a.ToString(CultureInfo.InvariantCulture)}" : "")} reconcile with the source." : $"{batch.Origin}: {string.Join("; ", problems)}.",
            problems.Count == 0 ? null : JsonSerializer.Serialize(problems), batchId);
        return result;
    }

    /// <summary>The checks whose latest result is an error-level failure (they block report delivery).</summary>
    public async Task<IReadOnlyList<string>> BlockingFailuresAsync(CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        await new LoadDb(engine, connection, null).QueryAsync(CheckStatements.BlockingFailures, null, r =>
            failures.Add($"{r.GetString(0)}: {(r.IsDBNull(2) ? "" : r.GetString(2))}"), cancellationToken);
        return failures;
    }

    /// <summary>True when the latest result of some error-level check failed: report delivery must wait.</summary>
    public async Task<bool> HasBlockingFailuresAsync(CancellationToken cancellationToken = default) =>
        (await BlockingFailuresAsync(cancellationToken)).Count > 0;

    /// <summary>
    /// Counts the failing rows and keeps the <see cref="SampleSize"/> that sort first (ordinally, as JSON): the check
    /// queries have no ORDER BY, and the first rows an engine returns depend on how the data was loaded, so a re-run
    /// after a kill would record another sample than a clean run of the same files.
    /// </summary>
    private static async Task<(long Count, string? Sample)> FailingRowsAsync(LoadDb db, LoadStatement statement, LoadParameters p, CancellationToken cancellationToken)
    {
        long count = 0;
        var sample = new SortedSet<string>(StringComparer.Ordinal);
        await db.QueryAsync(statement, p, r =>
        {
            count++;
            sample.Add(JsonSerializer.Serialize(Row(r)));
            if (sample.Count > SampleSize)
            {
                sample.Remove(sample.Max!);
            }
        }, cancellationToken);
        return (count, count == 0 ? null : "[" + string.Join(",", sample) + "]");
    }

    private static Dictionary<string, string?> Row(DbDataReader r)
    {
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < r.FieldCount; i++)
        {
            row[r.GetName(i)] = r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);
        }

        return row;
    }

    private async Task RecordAsync(List<CheckResult> results, CancellationToken cancellationToken) =>
        await engine.RunInTransactionAsync(async (c, t, ct) => await InsertAsync(new LoadDb(engine, c, t), results, ct), cancellationToken);

    private async Task<int> InsertAsync(LoadDb db, List<CheckResult> results, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var r in results)
        {
            await db.ExecuteAsync(CheckStatements.Insert, new LoadParameters
            {
                ["CheckName"] = r.Name, ["Severity"] = r.Severity.ToString(), ["Passed"] = r.Passed, ["FailedCount"] = r.FailedCount,
                ["Message"] = r.Message.Length > 2000 ? r.Message[..2000] : r.Message, ["Sample"] = r.Sample, ["Now"] = now, ["BatchId"] = r.BatchId,
            }, cancellationToken);
            if (!r.Passed)
            {
                LogCheckFailed(r.Name, r.Severity.ToString(), r.FailedCount, r.Message);
            }
        }

        return results.Count;
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Warning, Message = "Check {Check} ({Severity}) failed: {FailedCount} row(s). {Message}")]
    private partial void LogCheckFailed(string check, string severity, long failedCount, string message);
}
