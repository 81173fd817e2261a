using CrmInsights.Etl.Loading;

namespace CrmInsights.Etl.Checks;

/// <summary>Statements that record and read check results and reconcile batches.</summary>
public static class CheckStatements
{
    /// <summary>Records one check result.</summary>
    public static readonly LoadStatement Insert = new("CheckResult.Insert", """
        INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, Message, Sample, CheckedAtUtc, BatchId)
        VALUES (@CheckName, @Severity, @Passed, @FailedCount, @Message, @Sample, @Now, @BatchId);
        """);

    /// <summary>The latest result of every check that last failed at error level.</summary>
    public static readonly LoadStatement BlockingFailures = new("CheckResult.BlockingFailures", """
        SELECT r.CheckName, r.FailedCount, r.Message, r.CheckedAtUtc
        FROM etl.CheckResult AS r
        WHERE r.Severity = 'Error' AND r.Passed = 0
          AND r.CheckResultId = (SELECT MAX(l.CheckResultId) FROM etl.CheckResult AS l WHERE l.CheckName = r.CheckName);
        """);

    /// <summary>
    /// By fact table: the rows (and reconciled amount, where the entity has one) a batch left there, one statement per loader
    /// with a fact table, derived from the loaders, so a new fact entity is reconciled without an entry here.
    /// </summary>
    public static IReadOnlyDictionary<string, LoadStatement> Reconcile { get; } = Loading.EntityLoaders.InLoadOrder
        .Where(l => l.FactTable is not null)
        .ToDictionary(l => l.FactTable!, l => ReconcileOf(l.FactTable!, l.FactAmountSql), StringComparer.Ordinal);

    private static LoadStatement ReconcileOf(string factTable, string? amountSql) => new(
        $"Reconcile.{factTable[(factTable.IndexOf('.', StringComparison.Ordinal) + 1)..]}",
        $"SELECT COUNT(*), {amountSql ?? "NULL"} FROM {factTable} WHERE BatchId = @BatchId;");

    /// <summary>Every statement.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } = [Insert, BlockingFailures, .. Reconcile.Values];
}
