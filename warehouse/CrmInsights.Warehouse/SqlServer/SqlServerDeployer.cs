using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.Foundation;
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
        EnsureServerReachable(connectionString);
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

    // DacFx retries an unreachable server for minutes; one plain open (the login's default database, since the
    // target may not exist yet) fails within the connection's own timeout with the server's reason instead.
    private static void EnsureServerReachable(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = string.Empty };
        try
        {
            using var connection = new SqlConnection(builder.ConnectionString);
            connection.Open();
        }
        catch (SqlException e)
        {
            throw new ExpectedFailureException(FailureKind.Environment, $"SQL Server {builder.DataSource} cannot be reached to deploy ({e.Message}).", e);
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
