using CrmInsights.Warehouse.Schema;

namespace CrmInsights.Warehouse.Model;

/// <summary>
/// The schema an engine is asked to ensure: the schema files, their <see cref="SchemaFingerprint"/> and the DacFx
/// model, built from the files only when first asked for (it takes seconds). An engine whose warehouse already
/// carries the fingerprint never asks, so a current warehouse opens without building the model.
/// </summary>
public sealed class WarehouseSchemaSource : IDisposable
{
    private readonly bool _ownsModel;
    private readonly Lock _gate = new();
    private WarehouseModel? _model;

    private WarehouseSchemaSource(IReadOnlyList<SchemaScript> scripts, WarehouseModel? model)
    {
        Scripts = scripts;
        _model = model;
        _ownsModel = model is null;
        Fingerprint = SchemaFingerprint.Compute(scripts);
    }

    /// <summary>The schema files.</summary>
    public IReadOnlyList<SchemaScript> Scripts { get; }

    /// <summary>The fingerprint of <see cref="Scripts"/> applied by this build.</summary>
    public string Fingerprint { get; }

    /// <summary>Whether the model has been built (or was given).</summary>
    public bool IsModelBuilt => _model is not null;

    /// <summary>The validated model; built on first access (throws <see cref="WarehouseModelException"/> listing every error).</summary>
    public WarehouseModel Model
    {
        get
        {
            // Engines ensure under the warehouse lock, one call at a time; a lock here keeps a shared source safe anyway.
            lock (_gate)
            {
                return _model ??= WarehouseModel.BuildValid(Scripts);
            }
        }
    }

    /// <summary>The embedded schema files; the model is built on demand and disposed with this source.</summary>
    public static WarehouseSchemaSource Embedded() => new(SchemaScripts.LoadEmbedded(), null);

    /// <summary>Schema files given by the caller (a modified copy, in tests); the model is built on demand and disposed with this source.</summary>
    public static WarehouseSchemaSource FromScripts(IReadOnlyList<SchemaScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        return new(scripts, null);
    }

    /// <summary>An already built model; the caller keeps ownership of it.</summary>
    public static WarehouseSchemaSource FromModel(WarehouseModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(model.Scripts, model);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsModel)
        {
            _model?.Dispose();
        }
    }
}
