namespace CrmInsights.Etl.Sources;

// Number culture of one field, overriding the entity's and the source's.
public sealed partial class FieldMappingOptions
{
    /// <summary>Decimal separator of this field: <c>.</c> or <c>,</c> (default: the entity's, then the source's, then <c>.</c>).</summary>
    public string? DecimalSeparator { get; set; }

    /// <summary>Thousands separator of this field: <c>,</c> <c>.</c> <c>'</c>, <c>space</c> or <c>none</c>.</summary>
    public string? ThousandsSeparator { get; set; }
}
