using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.Model;
using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.Dac;

namespace CrmInsights.Warehouse.SqlServer;

/// <summary>Deploys the warehouse dacpac to a SQL Server database with DacServices.</summary>
public static class SqlServerDeployer
{
    /// <summary>
    /// Deploys <paramref name="dacpacPath"/> to the database named in <paramref name="connectionString"/>
    /// (created when missing, upgraded otherwise). Blocks on possible data loss unless allowed.
    /// DacFx progress messages go to <paramref name="log"/>.
    /// </summary>
    public static void Deploy(string connectionString, string dacpacPath, bool allowDataLoss, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var database = DatabaseName(connectionString);
        var services = new DacServices(connectionString);
        if (log is not null)
        {
            services.Message += (_, e) => log(e.Message.ToString());
        }

        using var package = DacPackage.Load(dacpacPath);
        services.Deploy(package, database, upgradeExisting: true, DeployScripts.Options(allowDataLoss), cancellationToken);
    }

    /// <summary>Builds a dacpac from <paramref name="model"/> in a temp file and deploys it.</summary>
    public static void Deploy(string connectionString, WarehouseModel model, bool allowDataLoss, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-insights-{Guid.NewGuid():N}.dacpac");
        try
        {
            DacpacBuilder.Build(model, path);
            Deploy(connectionString, path, allowDataLoss, log, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The Initial Catalog of a connection string; deployments need an explicit database.</summary>
    public static string DatabaseName(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        return string.IsNullOrWhiteSpace(builder.InitialCatalog)
            ? throw new ArgumentException("ConnectionStrings:Warehouse must name the database (Initial Catalog / Database=...).", nameof(connectionString))
            : builder.InitialCatalog;
    }
}
