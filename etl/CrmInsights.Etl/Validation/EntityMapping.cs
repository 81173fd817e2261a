using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Presets;

namespace CrmInsights.Etl.Validation;

/// <summary>The effective mapping of one source entity: the preset with the configured overrides merged over it.</summary>
public sealed partial class EntityMapping
{
    private EntityMapping(EntityInfo entity, EntityMappingOptions merged)
    {
        Entity = entity;
        HeaderRows = merged.HeaderRows ?? 1;
        GroupBy = string.IsNullOrWhiteSpace(merged.GroupBy) ? null : merged.GroupBy;
        CarryForward = merged.CarryForward ?? [];
        SkipWhen = merged.SkipWhen ?? [];
        Fields = merged.Fields;
    }

    /// <summary>The canonical entity.</summary>
    public EntityInfo Entity { get; }

    /// <summary>CSV header rows (names in the first).</summary>
    public int HeaderRows { get; }

    /// <summary>Source column grouping consecutive rows, if any.</summary>
    public string? GroupBy { get; }

    /// <summary>Canonical fields carried forward within a group.</summary>
    public IReadOnlyList<string> CarryForward { get; }

    /// <summary>Skip rules.</summary>
    public IReadOnlyList<SkipRuleOptions> SkipWhen { get; }

    /// <summary>Field mappings by canonical name.</summary>
    public IReadOnlyDictionary<string, FieldMappingOptions> Fields { get; }

    /// <summary>Builds the effective mapping for a source's entity.</summary>
    /// <param name="source">The source's options.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="sourceName">The source's configured name (reasons name its configuration keys); defaults to the kind.</param>
    public static EntityMapping Create(SourceOptions source, EntityInfo entity, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(entity);
        var preset = MappingPresets.For(source.Preset, entity);
        if (!source.Entities.TryGetValue(entity.Name, out var over))
        {
            return new EntityMapping(entity, preset).Configure(sourceName ?? entity.SourceKind, source, null, preset);
        }

        var merged = new EntityMappingOptions
        {
            HeaderRows = over.HeaderRows ?? preset.HeaderRows,
            GroupBy = over.GroupBy ?? preset.GroupBy,
            CarryForward = over.CarryForward ?? preset.CarryForward,
            SkipWhen = over.SkipWhen ?? preset.SkipWhen,
        };
        foreach (var (k, v) in preset.Fields)
        {
            merged.Fields[k] = v;
        }

        foreach (var (k, v) in over.Fields)
        {
            merged.Fields[k] = v;
        }

        return new EntityMapping(entity, merged).Configure(sourceName ?? entity.SourceKind, source, over, preset);
    }

    /// <summary>Source columns that must exist in a file's header: those feeding required fields without a constant or default.</summary>
    public IEnumerable<IReadOnlyList<string>> RequiredColumnChoices()
    {
        foreach (var field in Entity.Fields.Where(f => f.Required))
        {
            if (!Fields.TryGetValue(field.Name, out var m) || m.Constant is not null || m.Default is not null || m.Sequence)
            {
                continue;
            }

            if (m.Columns is { Count: > 0 })
            {
                foreach (var c in m.Columns)
                {
                    yield return [c];
                }
            }
            else if (m.Column is not null)
            {
                yield return [m.Column, .. m.Coalesce ?? []];
            }
        }
    }
}
