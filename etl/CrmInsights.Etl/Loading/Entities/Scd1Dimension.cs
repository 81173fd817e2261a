namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// The apply statements of a type-1 dimension, generated from its columns (as dbt generates them from column lists):
/// update the rows whose staged attributes differ (and complete inferred ones), then insert the keys not seen before.
/// </summary>
/// <param name="Entity">Statement name prefix (e.g. Store).</param>
/// <param name="Table">The dimension table, schema-qualified (dim.Store); its bare name qualifies its columns in the UPDATE.</param>
/// <param name="Stage">The stage table, schema-qualified (stage.PosStore).</param>
/// <param name="Key">The business key column, the same in both tables.</param>
/// <param name="Columns">The attributes copied from the stage.</param>
/// <param name="UpdateOnlyWhen">An extra condition on the updated row (e.g. an older source row does not overwrite), or null.</param>
internal sealed record Scd1Dimension(string Entity, string Table, string Stage, string Key, IReadOnlyList<Scd1Column> Columns, string? UpdateOnlyWhen = null)
{
    private string Name => Table[(Table.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>Updates changed rows in place (and completes inferred ones).</summary>
    public LoadStatement Update => new($"{Entity}.Update", $"""
        UPDATE {Table}
        SET {string.Join(", ", Columns.Select(c => $"{c.Name} = s.{c.StagedAs}"))}, IsInferred = 0, BatchId = @BatchId
        FROM {Stage} AS s
        WHERE s.BatchId = @BatchId AND {Name}.{Key} = s.{Key}{(UpdateOnlyWhen is null ? "" : $"\n  AND ({UpdateOnlyWhen})")}
          AND ({string.Join(" OR ", [$"{Name}.IsInferred = 1", .. Columns.Where(c => c.Compared).Select(c => $"{Name}.{c.Name} IS DISTINCT FROM s.{c.StagedAs}")])});
        """);

    /// <summary>Inserts the keys not seen before.</summary>
    public LoadStatement Insert => new($"{Entity}.Insert", $"""
        INSERT INTO {Table} ({Key}, {string.Join(", ", Columns.Select(c => c.Name))}, IsInferred, BatchId)
        SELECT s.{Key}, {string.Join(", ", Columns.Select(c => $"s.{c.StagedAs}"))}, 0, @BatchId
        FROM {Stage} AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM {Table} AS d WHERE d.{Key} = s.{Key});
        """);
}

/// <summary>A type-1 attribute.</summary>
/// <param name="Name">The dimension column.</param>
/// <param name="Staged">The stage column when it is named differently.</param>
/// <param name="Compared">False for a column derived from another one (a date key of a timestamp): set, but no reason to update.</param>
internal sealed record Scd1Column(string Name, string? Staged = null, bool Compared = true)
{
    public string StagedAs => Staged ?? Name;

    public static implicit operator Scd1Column(string name) => new(name);
}
