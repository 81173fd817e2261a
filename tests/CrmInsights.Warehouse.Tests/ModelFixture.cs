using CrmInsights.Warehouse.Model;

namespace CrmInsights.Warehouse.Tests;

/// <summary>One DacFx model per test class: building and validating it takes seconds.</summary>
public sealed class ModelFixture : IDisposable
{
    private readonly Lazy<WarehouseModel> _model = new(() => WarehouseModel.Build(Schema.SchemaScripts.LoadEmbedded()));

    public WarehouseModel Model => _model.Value;

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }
    }
}
