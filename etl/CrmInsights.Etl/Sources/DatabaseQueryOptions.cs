namespace CrmInsights.Etl.Sources;

/// <summary>A query returning rows changed after the parameter <c>since</c> (NULL on the first run).</summary>
public sealed class DatabaseQueryOptions
{
    /// <summary>SQL text with one parameter named <c>since</c> (written in the provider's syntax, e.g. <c>$since</c> or <c>@since</c>).</summary>
    public string Sql { get; set; } = "";

    /// <summary>Result column whose maximum becomes the new high-water mark.</summary>
    public string WatermarkColumn { get; set; } = "";

    /// <summary>Type of the mark: Timestamp, Integer or Text (how the stored text is passed back as <c>since</c>).</summary>
    public WatermarkType WatermarkType { get; set; } = WatermarkType.Timestamp;
}
