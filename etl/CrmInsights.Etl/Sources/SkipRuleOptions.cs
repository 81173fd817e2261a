namespace CrmInsights.Etl.Sources;

/// <summary>Skips a row whose source column equals a value (case-insensitive, trimmed).</summary>
public sealed class SkipRuleOptions
{
    /// <summary>Source column (or JSON path).</summary>
    public string Column { get; set; } = "";

    /// <summary>Value that marks the row as skipped.</summary>
    public string EqualTo { get; set; } = "";
}
