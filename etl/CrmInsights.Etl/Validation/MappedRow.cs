namespace CrmInsights.Etl.Validation;

/// <summary>A row after mapping: canonical field name to its source text (not yet parsed).</summary>
public sealed class MappedRow
{
    /// <summary>1-based data record index.</summary>
    public long RowNumber { get; init; }

    /// <summary>Raw text of the source row (truncated).</summary>
    public string RawText { get; init; } = "";

    /// <summary>Text value per canonical field; null or blank = missing.</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time zone names read from a row's time-zone column, per canonical field.</summary>
    public Dictionary<string, string?> TimeZones { get; } = new(StringComparer.OrdinalIgnoreCase);
}
