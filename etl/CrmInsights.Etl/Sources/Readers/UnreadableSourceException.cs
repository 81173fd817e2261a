namespace CrmInsights.Etl.Sources.Readers;

/// <summary>The file cannot be read at all (not UTF-8, binary, truncated mid-quote, wrong header, bad Parquet); it belongs in quarantine.</summary>
public sealed class UnreadableSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnreadableSourceException() { }

    /// <summary>Creates the exception with the reason.</summary>
    public UnreadableSourceException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public UnreadableSourceException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>True when the first line is not the entity's header (its required columns are not there).</summary>
    public bool HeaderMissing { get; init; }
}
