namespace CrmInsights.Etl.Sources;

// How a source's own exports are written: switched on/off, CSV dialect, number culture, time zone, and what an unreadable
// optional value does.
// Entity mappings (Etl:Sources:<name>:Entities:<entity>) override each of these for one entity.
public sealed partial class SourceOptions
{
    /// <summary>False switches the source off: its inbox is not read and no check (freshness) runs for it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>CSV field delimiter: <c>,</c> <c>;</c> <c>|</c>, <c>tab</c> (or a tab character), or <c>auto</c> (default: detected among those four from the first lines).</summary>
    public string? Delimiter { get; set; }

    /// <summary>CSV quote character (default <c>"</c>).</summary>
    public string? Quote { get; set; }

    /// <summary>Text encoding when the file has no byte order mark: utf-8 (default), utf-16, utf-16be, windows-1252, iso-8859-1. A BOM always wins.</summary>
    public string? Encoding { get; set; }

    /// <summary>Lines before the header row that are not data (report titles, export dates); default 0.</summary>
    public int? SkipRows { get; set; }

    /// <summary>Decimal separator of numbers in text files: <c>.</c> (default) or <c>,</c>.</summary>
    public string? DecimalSeparator { get; set; }

    /// <summary>Thousands separator of numbers in text files: <c>,</c> <c>.</c> <c>'</c>, <c>space</c>, or <c>none</c>. Unset: a grouping that could be read two ways is rejected.</summary>
    public string? ThousandsSeparator { get; set; }

    /// <summary>IANA time zone for every timestamp of the source written without an offset (a field's own TimeZone wins).</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// An optional field whose value cannot be read (a birth date in no configured format, 'n/a' for a number, a score off
    /// its scale): <c>Null</c> (default) stores NULL for that field, keeps the row and records a field-level warning;
    /// <c>Reject</c> rejects the row. Required fields and natural keys always reject.
    /// </summary>
    public string? InvalidOptionalValues { get; set; }
}
