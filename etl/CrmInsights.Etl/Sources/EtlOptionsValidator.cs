using CrmInsights.Etl.Sources.Presets;
using CrmInsights.Etl.Validation;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Sources;

/// <summary>Validates <see cref="EtlOptions"/>, listing every failure with its key and value.</summary>
public sealed class EtlOptionsValidator : IValidateOptions<EtlOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, EtlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.StableFor < TimeSpan.Zero)
        {
            errors.Add($"Etl:StableFor must not be negative, was {options.StableFor}.");
        }

        if (options.FutureHorizon < TimeSpan.Zero)
        {
            errors.Add($"Etl:FutureHorizon must not be negative, was {options.FutureHorizon}.");
        }

        if (options.RowGroupSize is < 1 or > 1_000_000)
        {
            errors.Add($"Etl:RowGroupSize must be 1..1000000, was {options.RowGroupSize}.");
        }

        if (options.MaxRejectRawLength < 16)
        {
            errors.Add($"Etl:MaxRejectRawLength must be at least 16, was {options.MaxRejectRawLength}.");
        }

        foreach (var (sourceName, s) in options.Sources)
        {
            var key = $"Etl:Sources:{sourceName}";
            if (Files.PathSafety.Name(sourceName) != sourceName)
            {
                errors.Add($"{key}: a source name may contain only letters, digits, '.', '-' and '_' (it names folders), was '{sourceName}'.");
            }

            if (string.IsNullOrWhiteSpace(s.Kind))
            {
                errors.Add(DialectValidation.MissingKind(key, sourceName));
                continue;
            }

            if (!SourceKinds.All.Contains(s.Kind, StringComparer.Ordinal))
            {
                errors.Add($"{key}:Kind must be one of {string.Join(", ", SourceKinds.All)}, was '{s.Kind}'.");
                continue;
            }

            DialectValidation.Validate(key, s, errors);

            if (!MappingPresets.Names.Contains(s.Preset?.ToLowerInvariant(), StringComparer.Ordinal))
            {
                errors.Add($"{key}:Preset must be one of {string.Join(", ", MappingPresets.Names)}, was '{s.Preset}'.");
            }

            if (s.Folder is not null && (Path.IsPathRooted(s.Folder) || s.Folder.Split('/', '\\').Contains("..")))
            {
                errors.Add($"{key}:Folder must be a relative path inside the workspace, was '{s.Folder}'.");
            }

            if (s.Format == SourceFormat.Database)
            {
                ValidateDatabase(key, s, errors);
            }

            foreach (var (entityName, m) in s.Entities)
            {
                ValidateEntity($"{key}:Entities:{entityName}", s.Kind, entityName, m, errors);
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateDatabase(string key, SourceOptions s, List<string> errors)
    {
        if (s.Database is null)
        {
            errors.Add($"{key}:Database is required when Format is Database.");
            return;
        }

        if (string.IsNullOrWhiteSpace(s.Database.Provider))
        {
            errors.Add($"{key}:Database:Provider is required (an invariant name or a DbProviderFactory type name).");
        }

        foreach (var (entity, q) in s.Database.Queries)
        {
            if (string.IsNullOrWhiteSpace(q.Sql))
            {
                errors.Add($"{key}:Database:Queries:{entity}:Sql is required.");
            }

            if (string.IsNullOrWhiteSpace(q.WatermarkColumn))
            {
                errors.Add($"{key}:Database:Queries:{entity}:WatermarkColumn is required.");
            }
        }
    }

    private static void ValidateEntity(string key, string kind, string entityName, EntityMappingOptions m, List<string> errors)
    {
        var entity = EntityCatalog.Find(kind, entityName);
        if (entity is null)
        {
            errors.Add($"{key}: '{entityName}' is not an entity of {kind} (expected {string.Join(", ", EntityCatalog.All.Where(e => e.SourceKind == kind).Select(e => e.Name))}).");
            return;
        }

        if (m.HeaderRows is < 1 or > 20)
        {
            errors.Add($"{key}:HeaderRows must be 1..20, was {m.HeaderRows}.");
        }

        foreach (var f in m.CarryForward ?? [])
        {
            if (entity.Field(f) is null)
            {
                errors.Add($"{key}:CarryForward names '{f}', which is not a field of {entity.Name}.");
            }
        }

        foreach (var (field, fm) in m.Fields)
        {
            if (entity.Field(field) is null)
            {
                errors.Add($"{key}:Fields:{field} is not a field of {entity.Name} (fields: {string.Join(", ", entity.Fields.Select(x => x.Name))}).");
            }

            if (fm.DivideBy is not null && entity.Field(fm.DivideBy) is null)
            {
                errors.Add($"{key}:Fields:{field}:DivideBy names '{fm.DivideBy}', which is not a field of {entity.Name}.");
            }

            if (fm.TimeZone is not null && !TimeZones.TryFind(fm.TimeZone, out _))
            {
                errors.Add($"{key}:Fields:{field}:TimeZone '{fm.TimeZone}' is not a known IANA or Windows time zone id.");
            }
        }
    }
}
