namespace CrmInsights.Etl.Sources;

/// <summary>One configured source (section <c>Etl:Sources:&lt;name&gt;</c>).</summary>
public sealed partial class SourceOptions
{
    /// <summary>Canonical source kind: pos, web, email or survey (decides the entities and their rules).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Default file format; a file's extension (.csv, .jsonl, .parquet) wins when it is one of these.</summary>
    public SourceFormat Format { get; set; } = SourceFormat.Csv;

    /// <summary>Built-in mapping preset (canonical, shopify, square, ga4, sendgrid, qualtrics); entity mappings below override it field by field.</summary>
    public string Preset { get; set; } = "canonical";

    /// <summary>Inbox folder relative to the workspace; default <c>inbox/&lt;name&gt;</c>.</summary>
    public string? Folder { get; set; }

    /// <summary>File name pattern (wildcards * and ?) a file must match to be taken.</summary>
    public string FilePattern { get; set; } = "*";

    /// <summary>When true a file is taken only once <c>&lt;file&gt;.done</c> exists beside it.</summary>
    public bool ReadyMarker { get; set; }

    /// <summary>Per-entity mappings (key = entity name, e.g. order_lines); merged over the preset.</summary>
    public Dictionary<string, EntityMappingOptions> Entities { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For <see cref="SourceFormat.Database"/>: how to connect and what to query.</summary>
    public DatabaseSourceOptions? Database { get; set; }
}
