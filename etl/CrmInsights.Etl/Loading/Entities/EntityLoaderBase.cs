using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>Shared plumbing: runs the statements in order; subclasses say which count as rejects or duplicates.</summary>
public abstract class EntityLoaderBase<T> : IEntityLoader
    where T : ICanonicalRecord
{
    private IReadOnlyList<LoadStatement>? _statements;

    /// <inheritdoc/>
    public abstract EntityKind Kind { get; }

    /// <inheritdoc/>
    public abstract string StageTable { get; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<string> StageColumns { get; }

    /// <inheritdoc/>
    public virtual string? FactTable => null;

    /// <inheritdoc/>
    public virtual string? FactAmountSql => null;

    /// <inheritdoc/>
    public virtual IReadOnlyList<string> OtherTables => [];

    /// <inheritdoc/>
    public IReadOnlyList<LoadStatement> Statements => _statements ??= [.. ApplyStatements, ClearStage()];

    /// <summary>The entity's apply statements in order (the stage clean-up is appended).</summary>
    protected abstract IReadOnlyList<LoadStatement> ApplyStatements { get; }

    /// <inheritdoc/>
    public object?[] StageRow(ICanonicalRecord record, long batchId, BusinessCalendar calendar) => Row((T)record, batchId, calendar);

    /// <inheritdoc/>
    public decimal? Amount(ICanonicalRecord record) => AmountOf((T)record);

    /// <inheritdoc/>
    public virtual string? LoadRejectAdvice(string source) => null;

    /// <summary>The typed stage row.</summary>
    protected abstract object?[] Row(T record, long batchId, BusinessCalendar calendar);

    /// <summary>The typed reconciled amount; null by default.</summary>
    protected virtual decimal? AmountOf(T record) => null;

    /// <summary>The statement that records load-time rejects (its row count is the rejected count), if any.</summary>
    protected virtual LoadStatement? RejectStatement => null;

    /// <summary>The statement returning the reconciled amount of the rejected stage rows, if any.</summary>
    protected virtual LoadStatement? RejectedAmountStatement => null;

    /// <summary>The statement counting rows that keep an earlier batch's copy (cross-file duplicates), if any.</summary>
    protected virtual LoadStatement? DuplicateCountStatement => null;

    /// <inheritdoc/>
    public virtual async Task<ApplyResult> ApplyAsync(LoadDb db, LoadParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        long rejected = 0, duplicates = 0;
        decimal rejectedAmount = 0;
        foreach (var statement in Statements)
        {
            if (Skips(statement, parameters, rejected))
            {
                continue;
            }

            if (ReferenceEquals(statement, RejectedAmountStatement))
            {
                rejectedAmount = Convert.ToDecimal(await db.ScalarAsync(statement, parameters, cancellationToken) ?? 0m, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (ReferenceEquals(statement, DuplicateCountStatement))
            {
                duplicates = Convert.ToInt64(await db.ScalarAsync(statement, parameters, cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                var affected = await db.ExecuteAsync(statement, parameters, cancellationToken);
                if (ReferenceEquals(statement, RejectStatement))
                {
                    rejected = affected;
                }
            }
        }

        return new ApplyResult(rejected, duplicates, rejectedAmount);
    }

    /// <summary>
    /// True when <paramref name="statement"/> cannot change anything in this batch, so it is not sent (each statement
    /// costs 1-3 ms on DuckDB whatever it finds, and a daily drop runs ~20). Skipped: the earlier-version statements when
    /// no earlier batch of the file exists (<c>ReplacesBatchId</c> null, found by <c>Batch.FindReplaced</c> with the same
    /// filter as <see cref="EarlierBatches"/>), and the <see cref="AfterRejectsOnly"/> statements when the reject statement
    /// recorded no row. Subclasses may skip more.
    /// </summary>
    protected virtual bool Skips(LoadStatement statement, LoadParameters parameters, long rejectedSoFar)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (EarlierVersionStatements.Contains(statement))
        {
            return parameters.TryGetValue("ReplacesBatchId", out var replaced) && replaced is null;
        }

        return rejectedSoFar == 0 && AfterRejectsOnly.Contains(statement);
    }

    /// <summary>The statements that act on the rows an earlier version of the file loaded (<see cref="EarlierVersionRows"/>).</summary>
    protected virtual IReadOnlyList<LoadStatement> EarlierVersionStatements => [];

    /// <summary>Statements after <see cref="RejectStatement"/> that act only on the rows it rejected.</summary>
    protected virtual IReadOnlyList<LoadStatement> AfterRejectsOnly => [];

    // Stage rows are transient: removed in the batch transaction once applied (a rollback removes them too).
    private LoadStatement ClearStage() => new($"{Kind}.ClearStage", $"DELETE FROM stage.{StageTable} WHERE BatchId = @BatchId;");

    /// <summary>The earlier batches of the same file name (a corrected file replaces what they loaded); none for database batches.</summary>
    protected const string EarlierBatches = """
        SELECT b.BatchId FROM etl.Batch AS b
        WHERE b.Source = @Source AND b.Entity = @Entity AND b.FileName = @ReplacesFileName AND b.Status = 'Succeeded' AND b.BatchId <> @BatchId
        """;

    /// <summary>The fact rows (alias <paramref name="fact"/>) an earlier version of this file loaded: a corrected file deletes them.</summary>
    protected static string EarlierVersionRows(string fact) => $"{fact}.BatchId IN ({EarlierBatches})";

    /// <summary>Counts, per earlier batch, the rows of <paramref name="factTable"/> that <see cref="DeleteEarlierVersionsIn"/> removes.</summary>
    protected static LoadStatement SupersedeEarlierVersionsIn(string entity, string factTable, bool dated = true) =>
        Supersede($"{entity}.SupersedeEarlierVersions", factTable, EarlierVersionRows("f"), dated);

    /// <summary>A corrected file: deletes the rows of <paramref name="factTable"/> (e.g. fact.SalesLine) its earlier version(s) loaded.</summary>
    protected static LoadStatement DeleteEarlierVersionsIn(string entity, string factTable) => new($"{entity}.DeleteEarlierVersions", $"""
        DELETE FROM {factTable}
        WHERE {EarlierVersionRows(factTable[(factTable.IndexOf('.', StringComparison.Ordinal) + 1)..])};
        """);

    /// <summary>A staged row (alias <c>s</c>) that loads: its day (DateKey) is in dim.Date (the others are <see cref="DateOutOfRange"/> rejects).</summary>
    protected const string StagedDayInCalendar = "EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey)";

    /// <summary>Counts, per earlier batch, the rows of <paramref name="factTable"/> that <see cref="DeleteByNaturalKeyIn"/> removes.</summary>
    protected static LoadStatement SupersedeByNaturalKeyIn(string entity, string factTable, string stageTable, string key) =>
        Supersede($"{entity}.SupersedeByNaturalKey", factTable, CarriedAgain(stageTable, key, "f"));

    /// <summary>
    /// Natural key never twice, for a fact keyed by one column (<paramref name="key"/>, the same in stage and fact): deletes
    /// the rows of <paramref name="factTable"/> whose key this batch carries again on a row that loads.
    /// </summary>
    protected static LoadStatement DeleteByNaturalKeyIn(string entity, string factTable, string stageTable, string key) => new($"{entity}.DeleteByNaturalKey", $"""
        DELETE FROM {factTable}
        WHERE {CarriedAgain(stageTable, key, factTable[(factTable.IndexOf('.', StringComparison.Ordinal) + 1)..])};
        """);

    // The fact rows (alias fact) whose single-column natural key the batch's loading stage rows carry again.
    private static string CarriedAgain(string stageTable, string key, string fact) => $"""
        EXISTS (SELECT 1 FROM stage.{stageTable} AS s
                WHERE s.BatchId = @BatchId AND s.{key} = {fact}.{key}
                  AND {StagedDayInCalendar})
        """;

    /// <summary>
    /// Records the staged rows whose date (DateKey) lies outside dim.Date as out_of_range rejects of <paramref name="field"/>,
    /// the raw row naming the natural key (<paramref name="key"/>: canonical field and stage column).
    /// </summary>
    protected static LoadStatement DateOutOfRange(string entity, string stageTable, string field, params (string Field, string Column)[] key) =>
        new($"{entity}.Reject", $"""
        INSERT INTO etl.Reject (BatchId, RowNumber, FieldName, Reason, RawRow, RejectedAtUtc)
        SELECT s.BatchId, s.RowNumber, '{field}', 'out_of_range', CONCAT({string.Join(", ' ', ", key.Select(k => $"'{k.Field}=', s.{k.Column}"))}), @Now
        FROM stage.{stageTable} AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey);
        """);

    /// <summary>
    /// Adds to each other batch's RowsSuperseded how many of its rows in <paramref name="factTable"/> (alias <c>f</c>)
    /// <paramref name="replaced"/> selects. Sent just before the delete that uses the same condition, in the same transaction,
    /// so every batch's record keeps "rows of this batch in the fact table = RowsLoaded - RowsSuperseded" true. For a
    /// <paramref name="dated"/> fact it also lowers this batch's FirstReplacedDateKey to the earliest DateKey replaced: the
    /// deleted rows leave no date behind, and the snapshot derive rebuilds from that month. The replaced rows are read
    /// once (the CTE), as before the date was recorded: on DuckDB each read is a scan of the fact table.
    /// </summary>
    protected static LoadStatement Supersede(string name, string factTable, string replaced, bool dated = true) => new(name, $"""
        WITH r AS (
            SELECT f.BatchId, COUNT(*) AS Superseded, {(dated ? "MIN(f.DateKey)" : "CAST(NULL AS int)")} AS FirstDateKey
            FROM {factTable} AS f WHERE {replaced} GROUP BY f.BatchId)
        UPDATE etl.Batch
        SET RowsSuperseded = RowsSuperseded + x.Superseded,
            FirstReplacedDateKey = CASE WHEN x.FirstDateKey IS NULL OR Batch.FirstReplacedDateKey <= x.FirstDateKey
                                        THEN Batch.FirstReplacedDateKey ELSE x.FirstDateKey END
        FROM (SELECT r.BatchId, r.Superseded, CAST(NULL AS int) AS FirstDateKey FROM r
              UNION ALL
              SELECT CAST(@BatchId AS bigint), 0, MIN(r.FirstDateKey) FROM r) AS x
        WHERE Batch.BatchId = x.BatchId;
        """);
}
