namespace CrmInsights.Demo;

/// <summary>What a generation wrote.</summary>
public sealed class GenerationSummary
{
    /// <summary>The output folder (its <c>inbox/</c> holds the source files).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Rows written per source/entity (e.g. <c>pos/order_lines</c>), defect rows included.</summary>
    public required IReadOnlyDictionary<string, long> RowsByEntity { get; init; }

    /// <summary>Files written per source/entity.</summary>
    public required IReadOnlyDictionary<string, int> FilesByEntity { get; init; }

    /// <summary>Total rows over all files.</summary>
    public long TotalRows => RowsByEntity.Values.Sum();

    /// <summary>Total files.</summary>
    public int TotalFiles => FilesByEntity.Values.Sum();

    /// <summary>Total bytes of the source files.</summary>
    public required long TotalBytes { get; init; }

    /// <summary>Defects injected per kind (empty when clean).</summary>
    public required IReadOnlyDictionary<string, long> DefectsByKind { get; init; }

    /// <summary>Path of ground-truth.json.</summary>
    public required string GroundTruthPath { get; init; }

    /// <summary>Path of dirty-manifest.json, or null when clean.</summary>
    public string? DirtyManifestPath { get; init; }

    /// <summary>Wall-clock time of the generation.</summary>
    public required TimeSpan Elapsed { get; init; }
}
