namespace CrmInsights.Etl.Sources.Readers;

/// <summary>One record as read from a source, before mapping: values by source column (or JSON path).</summary>
public abstract class RawRow
{
    /// <summary>1-based data record index (header rows not counted; records, not physical lines).</summary>
    public long RowNumber { get; init; }

    /// <summary>The record's text as read (for rejects).</summary>
    public abstract string RawText { get; }

    /// <summary>A problem that makes the whole row unusable (bad JSON, wrong field count), as code + message; null when fine.</summary>
    public (string Code, string Message)? Problem { get; init; }

    /// <summary>The value of a source column or path; null when absent or JSON null.</summary>
    public abstract string? Field(string column);
}
