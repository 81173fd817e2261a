using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.Docs;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;

namespace CrmInsights.Warehouse;

/// <summary>
/// The logic behind the `crm-insights warehouse` verbs (build, script, deploy, docs, init);
/// the CLI only parses arguments and prints. Each call builds the model from the embedded schema.
/// </summary>
public static class WarehouseTools
{
    /// <summary>The dacpac file name.</summary>
    public const string DacpacFileName = "CrmInsights.Warehouse.dacpac";

    /// <summary>Validates the model and writes the dacpac; throws <see cref="WarehouseModelException"/> listing every SQL71xxx error.</summary>
    public static string Build(string outputPath)
    {
        using var model = WarehouseModel.LoadEmbedded();
        DacpacBuilder.Build(model, outputPath);
        return Path.GetFullPath(outputPath);
    }

    /// <summary>The create script, or with <paramref name="fromDacpac"/> the upgrade script from that older package; no server needed.</summary>
    public static string Script(string? fromDacpac, string databaseName = DeployScripts.DefaultDatabaseName, bool allowDataLoss = false)
    {
        if (fromDacpac is not null && !File.Exists(fromDacpac))
        {
            throw new FileNotFoundException($"The dacpac to upgrade from, '{fromDacpac}', does not exist.", fromDacpac);
        }

        var temp = Path.Combine(Path.GetTempPath(), $"crm-insights-{Guid.NewGuid():N}.dacpac");
        try
        {
            Build(temp);
            return fromDacpac is null
                ? DeployScripts.Create(temp, databaseName)
                : DeployScripts.Upgrade(temp, fromDacpac, databaseName, allowDataLoss);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Deploys to the SQL Server database of <paramref name="connectionString"/> (DacServices.Deploy).</summary>
    public static void Deploy(string connectionString, bool allowDataLoss, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        using var model = WarehouseModel.LoadEmbedded();
        SqlServerDeployer.Deploy(connectionString, model, allowDataLoss, log, cancellationToken);
    }

    /// <summary>The data dictionary Markdown.</summary>
    public static string Docs()
    {
        using var model = WarehouseModel.LoadEmbedded();
        return DataDictionaryWriter.Generate(model);
    }

    /// <summary>Creates or upgrades the DuckDB warehouse file (idempotent; skipped when the file carries the schema fingerprint unless <paramref name="force"/>).</summary>
    public static async Task<SchemaChangeReport> InitDuckDbAsync(string databasePath, bool force = false, CancellationToken cancellationToken = default)
    {
        using var schema = WarehouseSchemaSource.Embedded();
        var engine = new DuckDbWarehouse(databasePath);
        await using var _ = await engine.AcquireLockAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return await engine.EnsureSchemaAsync(schema, force, cancellationToken);
    }
}
