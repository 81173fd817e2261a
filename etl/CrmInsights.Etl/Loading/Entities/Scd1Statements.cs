namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// The SCD type 1 apply statements of a dimension, generated from its column list (as dbt generates merges from a model's
/// columns) instead of written out per entity: an UPDATE … FROM of the rows that differ (or complete an inferred member),
/// then an INSERT … WHERE NOT EXISTS of the new keys. Identifiers come from the loader's constants, never from input.
/// </summary>
internal static class Scd1Statements
{
    /// <summary>Updates the members of stage.<paramref name="stage"/> whose compared columns differ, in place.</summary>
    /// <param name="newerOnly">An extra condition a stage row must meet to overwrite (e.g. not older than the stored one).</param>
    public static LoadStatement Update(string dimension, string stage, string key, IReadOnlyList<Scd1Column> columns, string? newerOnly = null)
    {
        var set = string.Join(", ", columns.Select(c => $"{c.Dimension} = s.{c.Stage}"));
        var changed = string.Join(" OR ", columns.Where(c => c.Compared).Select(c => $"{dimension}.{c.Dimension} IS DISTINCT FROM s.{c.Stage}"));
        var guard = newerOnly is null ? "" : $"\n  AND ({newerOnly})";
        return new($"{dimension}.Update", $"""
            UPDATE dim.{dimension}
            SET {set}, IsInferred = 0, BatchId = @BatchId
            FROM stage.{stage} AS s
            WHERE s.BatchId = @BatchId AND {dimension}.{key} = s.{key}{guard}
              AND ({dimension}.IsInferred = 1 OR {changed});
            """);
    }

    /// <summary>Inserts the members of stage.<paramref name="stage"/> whose key the dimension does not hold yet.</summary>
    public static LoadStatement Insert(string dimension, string stage, string key, IReadOnlyList<Scd1Column> columns) => new($"{dimension}.Insert", $"""
        INSERT INTO dim.{dimension} ({key}, {string.Join(", ", columns.Select(c => c.Dimension))}, IsInferred, BatchId)
        SELECT s.{key}, {string.Join(", ", columns.Select(c => "s." + c.Stage))}, 0, @BatchId
        FROM stage.{stage} AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.{dimension} AS d WHERE d.{key} = s.{key});
        """);
}

/// <summary>A dimension column an SCD type 1 load sets from a stage column.</summary>
/// <param name="Dimension">Its name in dim.</param>
/// <param name="Stage">The stage column it is set from (the same name unless given).</param>
/// <param name="Compared">Whether a difference in it makes the member changed (false for columns derived from another).</param>
internal sealed record Scd1Column(string Dimension, string? Stage = null, bool Compared = true)
{
    public string Stage { get; } = Stage ?? Dimension;
}
