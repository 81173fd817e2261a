using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CrmInsights.Etl.Verification;

/// <summary>
/// The content of the <c>dim</c>, <c>fact</c> and <c>etl</c> tables with everything a run generates taken out, so two
/// warehouses loaded from the same files compare equal however their runs were timed or interrupted. Taken out:
/// identity columns (surrogate keys and row ids: they are drawn from sequences, and a killed run draws numbers it never
/// commits), run ids, and in <c>etl</c> every timestamp (when a batch ran, a check was made, a reject recorded).
/// References to generated keys are replaced by what they stand for: a customer key by the customer id and version start,
/// a product, store, campaign or touchpoint key by its business id, a batch id by the batch's file name and content hash.
/// <c>etl.CheckResult</c> keeps the latest result per check (and per batch for reconciliations): each run records the
/// checks it made, and a killed run's are history, not the state. Used by <c>crm-insights warehouse digest</c>, the kill
/// test and <c>scripts/kill-trials.sh</c>.
/// </summary>
public sealed class WarehouseDigest
{
    // Key column -> (table that owns it, the expression naming what it stands for).
    private static readonly (string Column, string Table, string Natural)[] References =
    [
        ("CustomerKey", "dim.Customer", "CustomerId || '@' || CAST(ValidFromUtc AS VARCHAR)"),
        ("ProductKey", "dim.Product", "Sku"),
        ("StoreKey", "dim.Store", "StoreId"),
        ("CampaignKey", "dim.Campaign", "CampaignId"),
        ("TouchpointKey", "dim.Touchpoint", "TouchpointCode"),
        ("BatchId", "etl.Batch", "Source || '/' || Entity || '/' || COALESCE(FileName, '') || '#' || ContentHash"),
        ("ReplacesBatchId", "etl.Batch", "Source || '/' || Entity || '/' || COALESCE(FileName, '') || '#' || ContentHash"),
    ];

    private static readonly HashSet<string> RunColumns = new(StringComparer.OrdinalIgnoreCase) { "JobRunId", "RunId", "Node" };

    private WarehouseDigest(IReadOnlyList<TableDigest> tables) => Tables = tables;

    /// <summary>One entry per table, ordered by name.</summary>
    public IReadOnlyList<TableDigest> Tables { get; }

    /// <summary>
    /// Reads the digest of the DuckDB warehouse on <paramref name="connection"/>; <paramref name="workspaceRoot"/> is cut
    /// out of every value (lake paths are stored whole), so workspaces in different folders compare.
    /// </summary>
    public static async Task<WarehouseDigest> ReadAsync(DbConnection connection, string workspaceRoot, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceRoot);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspaceRoot)) + Path.DirectorySeparatorChar;
        ArgumentNullException.ThrowIfNull(connection);
        var columns = new List<(string Schema, string Table, string Column, string Type, bool Identity)>();
        await QueryAsync(connection, """
            SELECT table_schema, table_name, column_name, data_type, COALESCE(column_default, '') LIKE 'nextval%'
            FROM information_schema.columns
            WHERE table_schema IN ('dim', 'etl', 'fact')
              AND table_name IN (SELECT table_name FROM information_schema.tables t WHERE t.table_schema = information_schema.columns.table_schema AND t.table_type = 'BASE TABLE')
            ORDER BY table_schema, table_name, ordinal_position
            """, r => columns.Add((r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4))), cancellationToken);

        var maps = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, table, natural) in References)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            if (columns.Any(c => $"{c.Schema}.{c.Table}".Equals(table, StringComparison.OrdinalIgnoreCase)))
            {
                var keyColumn = column == "ReplacesBatchId" ? "BatchId" : column;
                await QueryAsync(connection, $"SELECT CAST({keyColumn} AS VARCHAR), {natural} FROM {table}",
                    r => map[r.GetString(0)] = r.IsDBNull(1) ? "" : r.GetString(1), cancellationToken);
            }

            maps[column] = map;
        }

        var tables = new List<TableDigest>();
        foreach (var group in columns.GroupBy(c => (c.Schema, c.Table)).OrderBy(g => g.Key.Schema, StringComparer.Ordinal).ThenBy(g => g.Key.Table, StringComparer.Ordinal))
        {
            var (schema, table) = group.Key;
            var kept = group.Where(c => !c.Identity && !RunColumns.Contains(c.Column)
                && !(schema == "etl" && c.Type.StartsWith("TIMESTAMP", StringComparison.OrdinalIgnoreCase))
                && !(schema == "fact" && c.Column is "SnapshotAtUtc" or "FitAtUtc")).ToList();
            var select = string.Join(", ", kept.Select(c => $"CAST(\"{c.Column}\" AS VARCHAR)"));
            var order = group.FirstOrDefault(c => c.Identity).Column;
            var rows = new List<string>();
            await QueryAsync(connection, $"SELECT {select} FROM \"{schema}\".\"{table}\"{(order is null ? "" : $" ORDER BY \"{order}\"")}", r =>
            {
                var values = new string[kept.Count];
                for (var i = 0; i < kept.Count; i++)
                {
                    var raw = r.IsDBNull(i) ? "NULL" : r.GetString(i).Replace(root, "<workspace>/", StringComparison.Ordinal);
                    values[i] = maps.TryGetValue(kept[i].Column, out var map) && !r.IsDBNull(i)
                        ? (map.TryGetValue(raw, out var natural) ? natural : "?" + raw)
                        : raw;
                }

                rows.Add(string.Join('\t', values));
            }, cancellationToken);

            if (schema == "etl" && table == "CheckResult")
            {
                rows = LatestPerCheck(rows, kept.Select(c => c.Column).ToList());
            }

            rows.Sort(StringComparer.Ordinal);
            tables.Add(new TableDigest($"{schema}.{table}", string.Join('\t', kept.Select(c => c.Column)), rows));
        }

        return new WarehouseDigest(tables);
    }

    // Rows arrive in insertion order (by CheckResultId): the last one per check name and batch wins.
    private static List<string> LatestPerCheck(List<string> rows, List<string> columns)
    {
        var name = columns.IndexOf("CheckName");
        var batch = columns.IndexOf("BatchId");
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var values = row.Split('\t');
            latest[values[name] + "\t" + (batch < 0 ? "" : values[batch])] = row;
        }

        return [.. latest.Values];
    }

    private static async Task QueryAsync(DbConnection connection, string sql, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    /// <summary>Lines <c>schema.table rows sha256</c>, one per table.</summary>
    public IEnumerable<string> SummaryLines() => Tables.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.Rows.Count} {t.Hash}"));

    /// <summary>Every normalised row, prefixed by its table (for diffing two warehouses).</summary>
    public IEnumerable<string> RowLines() => Tables.SelectMany(t => t.Rows.Select(r => t.Name + "\t" + r).Prepend(t.Name + "\t#" + t.Columns));
}

/// <summary>One table's normalised rows (sorted) and their hash.</summary>
public sealed record TableDigest(string Name, string Columns, IReadOnlyList<string> Rows)
{
    /// <summary>SHA-256 of the column list and the sorted rows.</summary>
    public string Hash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Columns + "\n" + string.Join('\n', Rows))));
}
