namespace CrmInsights.Etl.Loading;

/// <summary>What happened to one file or query in a run.</summary>
public enum BatchStatus
{
    /// <summary>Loaded and committed.</summary>
    Loaded,

    /// <summary>The same content was loaded before; nothing changed.</summary>
    Skipped,

    /// <summary>The load failed and was rolled back; the file stays in the inbox for the next run.</summary>
    Failed,

    /// <summary>The file could not be read at all and was moved to quarantine.</summary>
    Quarantined,
}
