namespace CrmInsights.Etl.Sources;

/// <summary>How a high-water mark is compared and passed back to the source query.</summary>
public enum WatermarkType
{
    /// <summary>A date/time (stored as ISO 8601 round-trip text).</summary>
    Timestamp,

    /// <summary>An integer such as a rowversion or sequence.</summary>
    Number,

    /// <summary>Text compared ordinally.</summary>
    Text,
}
