namespace CrmInsights.Etl.Sources;

// Per-entity overrides of the source's dialect, the file naming rule and what the load may infer.
public sealed partial class EntityMappingOptions
{
    /// <summary>
    /// File name pattern (wildcards * and ?, case-insensitive) of this entity's files, e.g. <c>POSPurchases*.txt</c>. Default:
    /// the file name starts with the entity name (<c>order_lines-2026-05-01.csv</c>).
    /// </summary>
    public string? FilePattern { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.Delimiter"/>.</summary>
    public string? Delimiter { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.Quote"/>.</summary>
    public string? Quote { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.Encoding"/>.</summary>
    public string? Encoding { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.SkipRows"/>.</summary>
    public int? SkipRows { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.DecimalSeparator"/>.</summary>
    public string? DecimalSeparator { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.ThousandsSeparator"/>.</summary>
    public string? ThousandsSeparator { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.TimeZone"/>.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// order_lines only: a sku or store id the warehouse has not seen creates an inferred product or store (completed when
    /// its master row arrives) instead of rejecting the line as <c>unknown_reference</c>. Default false.
    /// </summary>
    public bool? InferMissingReferences { get; set; }

    /// <summary>Overrides the source's <see cref="SourceOptions.InvalidOptionalValues"/>.</summary>
    public string? InvalidOptionalValues { get; set; }
}
