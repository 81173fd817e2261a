namespace CrmInsights.Etl.Sources;

/// <summary>ETL settings, bound from the configuration section <c>Etl</c>.</summary>
public sealed class EtlOptions
{
    /// <summary>The configuration section this class binds to.</summary>
    public const string SectionName = "Etl";

    /// <summary>Configured sources by name (the name is the inbox/lake/archive folder name).</summary>
    public Dictionary<string, SourceOptions> Sources { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a file's size and modification time must stay unchanged before it is taken.</summary>
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How far after the run a timestamp may lie; later rows are rejected (<c>future_timestamp</c>), for dimension versions and facts alike.</summary>
    public TimeSpan FutureHorizon { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Rows per Parquet row group in the lake (bounds memory while landing).</summary>
    public int RowGroupSize { get; set; } = 50_000;

    /// <summary>Longest raw row text kept with a reject.</summary>
    public int MaxRejectRawLength { get; set; } = 2_000;

    /// <summary>How many rejects a batch keeps in memory (all of them are always written to the rejects file).</summary>
    public int MaxRejectsInMemory { get; set; } = 1_000;

    /// <summary>Returns the options of a source, or throws naming the configured sources.</summary>
    public SourceOptions GetSource(string name) =>
        Sources.TryGetValue(name, out var s)
            ? s
            : throw new KeyNotFoundException($"Source '{name}' is not configured (configured: {string.Join(", ", Sources.Keys)}). Add it under Etl:Sources.");

    /// <summary>The built-in defaults: the four canonical sources with canonical mappings.</summary>
    public static EtlOptions CreateDefault()
    {
        var o = new EtlOptions();
        foreach (var kind in SourceKinds.All)
        {
            o.Sources[kind] = new SourceOptions
            {
                Kind = kind,
                Format = kind is SourceKinds.Web ? SourceFormat.JsonLines : SourceFormat.Csv,
                Preset = Presets.MappingPresets.Canonical,
            };
        }

        return o;
    }
}
