using CrmInsights.Warehouse.Model;

namespace CrmInsights.Host.Commands.Benchmark;

/// <summary>
/// The statements of P1's reference (DuckDB alone reading the benchmark's CSV files) and of the affinity phase (<see cref="AffinityBenchmarkSql"/>), listed in
/// <see cref="Scheduling.HostSqlStatements"/>: the T-SQL-compatible ones parsed with ScriptDom, the rest as DuckDB-only.
/// </summary>
internal static class BenchmarkSql
{
    /// <summary>Reads the files (a list parameter, so no path enters the text) into a plain table.</summary>
    public const string ReadCsvReference = "CREATE TABLE order_lines AS SELECT * FROM read_csv(@files, header = true)";

    /// <summary>Writes the table to the file, as the ETL's commit is.</summary>
    public const string Checkpoint = "CHECKPOINT";

    public const string CountReference = "SELECT COUNT(*) FROM order_lines";

    /// <summary>The statements that are T-SQL as well, by name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Checkpoint)] = Checkpoint,
        [nameof(CountReference)] = CountReference,
    }.Concat(AffinityBenchmarkSql.All.Select(kv => KeyValuePair.Create("Affinity" + kv.Key, kv.Value))).ToDictionary(StringComparer.Ordinal);

    /// <summary>The DuckDB-only statements, by name, each with its reason.</summary>
    public static IReadOnlyDictionary<string, DuckDbOnlyStatement> DuckDbOnly { get; } = new Dictionary<string, DuckDbOnlyStatement>(StringComparer.Ordinal)
    {
        [nameof(ReadCsvReference)] = new(ReadCsvReference, "read_csv",
            "the reference is DuckDB's own CSV reader, read_csv (with CREATE TABLE AS), timed against our ETL on the same files"),
    }.Concat(AffinityBenchmarkSql.DuckDbOnly.Select(kv => KeyValuePair.Create("Affinity" + kv.Key, kv.Value))).ToDictionary(StringComparer.Ordinal);
}
