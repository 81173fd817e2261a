namespace CrmInsights.Etl.Sources;

/// <summary>Where a canonical field comes from and how its text is read.</summary>
public sealed partial class FieldMappingOptions
{
    /// <summary>Source column name, or a JSON path for JSON Lines (<c>device.category</c>, <c>event_params[key=ga_session_id].value.int_value</c>, <c>category[0]</c>).</summary>
    public string? Column { get; set; }

    /// <summary>Further columns tried in order while the value is still blank.</summary>
    public List<string>? Coalesce { get; set; }

    /// <summary>Columns joined with a space to form the value (e.g. Square's Date and Time).</summary>
    public List<string>? Columns { get; set; }

    /// <summary>A constant value (no column).</summary>
    public string? Constant { get; set; }

    /// <summary>Value used when the column is blank.</summary>
    public string? Default { get; set; }

    /// <summary>When true the value is the 1-based row index within the <c>GroupBy</c> group (line numbers).</summary>
    public bool Sequence { get; set; }

    /// <summary>Exact date/time formats (.NET custom format strings), tried in order; default ISO 8601.</summary>
    public List<string>? Formats { get; set; }

    /// <summary>IANA time zone for timestamps written without an offset.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Source column holding the time zone of a timestamp without offset (Square's "Time Zone").</summary>
    public string? TimeZoneColumn { get; set; }

    /// <summary>Time zone names in the export mapped to IANA ids (e.g. "Pacific Time (US &amp; Canada)").</summary>
    public Dictionary<string, string>? TimeZoneAliases { get; set; }

    /// <summary>Accept money text such as <c>$3.00</c>, <c>-£1,200.50</c> or <c>($2.00)</c>.</summary>
    public bool Money { get; set; }

    /// <summary>Take the absolute value of a number (exports that write discounts as negatives).</summary>
    public bool Absolute { get; set; }

    /// <summary>Divide this number by another canonical field's number (Square's gross sales / quantity = unit price).</summary>
    public string? DivideBy { get; set; }

    /// <summary>Source values translated to canonical values (case-insensitive); unlisted values pass through.</summary>
    public Dictionary<string, string>? ValueMap { get; set; }
}
