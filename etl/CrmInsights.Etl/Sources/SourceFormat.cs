namespace CrmInsights.Etl.Sources;

/// <summary>Physical format of a source.</summary>
public enum SourceFormat
{
    /// <summary>RFC 4180 CSV with header row(s), UTF-8 (BOM accepted).</summary>
    Csv,

    /// <summary>One JSON object per line, UTF-8.</summary>
    JsonLines,

    /// <summary>Apache Parquet.</summary>
    Parquet,

    /// <summary>An ADO.NET database queried with a high-water mark.</summary>
    Database,
}
