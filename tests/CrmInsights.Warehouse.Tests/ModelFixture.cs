using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Warehouse.Tests;

/// <summary>
/// One DacFx model (and dacpac) for every test class in the "WarehouseModel" collection:
/// building and validating a model takes seconds, so it is built once per test run.
/// </summary>
public sealed class ModelFixture : IDisposable
{
    private readonly Lazy<WarehouseModel> _model = new(() => WarehouseModel.Build(Schema.SchemaScripts.LoadEmbedded()));
    private readonly Lazy<string> _dacpac;
    private readonly Lazy<string> _duckDb;

    public ModelFixture()
    {
        _dacpac = new Lazy<string>(() =>
        {
            var path = Temp.File("CrmInsights.Warehouse.dacpac");
            DacpacBuilder.Build(Model, path);
            return path;
        });
        _duckDb = new Lazy<string>(() =>
        {
            var path = Temp.File("template.duckdb");
            new CrmInsights.Warehouse.DuckDb.DuckDbWarehouse(path).EnsureSchemaAsync(Model).GetAwaiter().GetResult();
            return path;
        });
    }

    /// <summary>A DuckDB file initialised from the model once; tests copy it.</summary>
    public string DuckDbTemplatePath => _duckDb.Value;

    public WarehouseModel Model => _model.Value;

    public string DacpacPath => _dacpac.Value;

    internal TempDirectory Temp { get; } = new();

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }

        Temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ModelGroup : ICollectionFixture<ModelFixture>
{
    public const string Name = "WarehouseModel";
}
