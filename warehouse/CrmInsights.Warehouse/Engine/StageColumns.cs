namespace CrmInsights.Warehouse.Engine;

/// <summary>Checks bulk-load targets against the stage tables that exist, so identifiers never come from input.</summary>
public static class StageColumns
{
    /// <summary>The schema bulk loads may write to.</summary>
    public const string Schema = "stage";

    /// <summary>
    /// Resolves <paramref name="stageTable"/> and <paramref name="columns"/> against the stage
    /// schema's actual columns (case-insensitive); returns the canonical spellings, or throws
    /// listing what is unknown and what exists.
    /// </summary>
    public static (string Table, IReadOnlyList<string> Columns) Resolve(
        IReadOnlyDictionary<string, IReadOnlyList<string>> stageTables,
        string stageTable,
        IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(stageTables);
        ArgumentNullException.ThrowIfNull(columns);
        var table = stageTables.Keys.FirstOrDefault(k => string.Equals(k, stageTable, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{stageTable}' is not a stage table; stage tables are: {string.Join(", ", stageTables.Keys.Order(StringComparer.Ordinal))}.", nameof(stageTable));
        var known = stageTables[table];
        var resolved = new List<string>();
        var unknown = new List<string>();
        foreach (var column in columns)
        {
            var match = known.FirstOrDefault(k => string.Equals(k, column, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                unknown.Add(column);
            }
            else
            {
                resolved.Add(match);
            }
        }

        if (unknown.Count > 0)
        {
            throw new ArgumentException($"stage.{table} has no column(s) {string.Join(", ", unknown)}; its columns are: {string.Join(", ", known)}.", nameof(columns));
        }

        if (resolved.Distinct(StringComparer.OrdinalIgnoreCase).Count() != resolved.Count)
        {
            throw new ArgumentException($"Columns for stage.{table} are listed more than once: {string.Join(", ", columns)}.", nameof(columns));
        }

        return (table, resolved);
    }
}
