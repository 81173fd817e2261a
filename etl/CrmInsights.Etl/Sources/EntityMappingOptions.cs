namespace CrmInsights.Etl.Sources;

/// <summary>How one export maps to a canonical entity (section <c>Etl:Sources:&lt;name&gt;:Entities:&lt;entity&gt;</c>).</summary>
public sealed partial class EntityMappingOptions
{
    /// <summary>CSV header rows; the first holds the column names, the rest are skipped (Qualtrics has 3).</summary>
    public int? HeaderRows { get; set; }

    /// <summary>Source column whose value groups consecutive rows (e.g. Shopify's order <c>Name</c>).</summary>
    public string? GroupBy { get; set; }

    /// <summary>Canonical fields copied from the group's earlier row when blank (order-level fields on line rows).</summary>
    public List<string>? CarryForward { get; set; }

    /// <summary>Rows to skip entirely (e.g. Qualtrics preview responses); they do not count as read.</summary>
    public List<SkipRuleOptions>? SkipWhen { get; set; }

    /// <summary>Canonical field name to how it is found in the export.</summary>
    public Dictionary<string, FieldMappingOptions> Fields { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
