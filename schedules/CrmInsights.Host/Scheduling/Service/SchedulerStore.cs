using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>
/// Which Quartz job store <c>crm-insights serve</c> runs on, decided once from <c>Scheduler:Store</c>
/// and the warehouse engine (<c>ConnectionStrings:Warehouse</c> set = SQL Server). The warehouse store
/// is Quartz's ADO.NET store on the warehouse's own database: tables <c>quartz.QRTZ_*</c>, which the
/// dacpac creates and Quartz only validates, clustered so several nodes share one schedule. The
/// connection string is read where it is used and never kept here, so no description or log line carries it.
/// </summary>
internal sealed record SchedulerStore(bool Persistent, bool Clustered, string Description)
{
    /// <summary>Quartz's table prefix in the warehouse: schema quartz of the dacpac.</summary>
    public const string TablePrefix = "quartz.QRTZ_";

    /// <summary>Decides the store; a store the configuration cannot have is an expected failure naming the key and value.</summary>
    /// <param name="testStore">A test supplies its own persistent database (see <see cref="SchedulerServiceHost.Build"/>).</param>
    public static SchedulerStore Decide(SchedulerOptions options, IConfiguration configuration, bool testStore = false)
    {
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new ExpectedFailureException(FailureKind.Configuration,
                $"Invalid configuration:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        }
        var clustering = options.Clustered
            ? $"clustered, check-in every {options.ClusterCheckinInterval.TotalSeconds:0.#} s"
            : "not clustered";
        if (testStore)
        {
            return new SchedulerStore(true, options.Clustered, $"persistent test store ({clustering})");
        }
        var connectionString = configuration.GetConnectionString(WarehouseOptions.ConnectionStringName);
        var sqlServer = !string.IsNullOrWhiteSpace(connectionString);
        var store = options.Store.ToUpperInvariant() switch
        {
            "WAREHOUSE" => SchedulerStoreNames.Warehouse,
            "MEMORY" => SchedulerStoreNames.Memory,
            _ => sqlServer ? SchedulerStoreNames.Warehouse : SchedulerStoreNames.Memory,
        };
        if (store == SchedulerStoreNames.Memory)
        {
            return new SchedulerStore(false, false, "in memory (catch-up from the job history)");
        }
        if (!sqlServer)
        {
            throw new ExpectedFailureException(FailureKind.Configuration,
                $"{SchedulerOptions.SectionName}:{nameof(SchedulerOptions.Store)} is '{options.Store}', but the warehouse is the embedded DuckDB file " +
                $"(ConnectionStrings:{WarehouseOptions.ConnectionStringName} is not set): Quartz's job store lives in a SQL Server warehouse. " +
                $"Use {SchedulerStoreNames.Auto} or {SchedulerStoreNames.Memory}, or set ConnectionStrings__{WarehouseOptions.ConnectionStringName}.");
        }
        var builder = new SqlConnectionStringBuilder(connectionString);
        return new SchedulerStore(true, options.Clustered, $"warehouse {builder.DataSource} / {builder.InitialCatalog}, tables {TablePrefix}* ({clustering})");
    }

    /// <summary>Configures Quartz's store accordingly.</summary>
    public void Apply(IQuartzBuilder quartz, SchedulerOptions options, IConfiguration configuration, Action<IPersistentStoreBuilder>? testStore)
    {
        if (!Persistent)
        {
            quartz.UseInMemoryStore();
            return;
        }
        quartz.UsePersistentStore(store =>
        {
            if (testStore is null)
            {
                store.UseSqlServer(SqlClientFactory.Instance, configuration.GetConnectionString(WarehouseOptions.ConnectionStringName)!);
            }
            if (Clustered)
            {
                // Clustering turns on database locks and a generated instance id per node (host name and start ticks).
                store.UseClustering(c =>
                {
                    c.CheckinInterval = options.ClusterCheckinInterval;
                    c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                });
            }
            store.ConfigureStore(o =>
            {
                o.TablePrefix = TablePrefix;
                // Job data is our strings only (schedule, slot, run kind): readable in the table, no serializer.
                o.StoreJobDataAsStrings = true;
                // The dacpac owns the tables: check them at start, never create them against the warehouse.
                o.SchemaProvisioning = SchemaProvisioning.Validate;
            });
            testStore?.Invoke(store);
        });
    }
}
