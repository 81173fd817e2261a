using CrmInsights.Host.Scheduling;
using CrmInsights.Host.Scheduling.Service;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Tests;

/// <summary>Which Quartz job store the service runs on (Scheduler:Store and the warehouse engine).</summary>
public sealed class SchedulerStoreTests
{
    private const string SqlServer = "Server=db.example.test;Database=Crm;User Id=svc;Password=Sup3r-Secret!;TrustServerCertificate=true";

    private static SchedulerStore Decide(string? store, string? connectionString, bool clustered = true)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = connectionString };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new SchedulerOptions { Clustered = clustered };
        if (store is not null)
        {
            options.Store = store;
        }
        return SchedulerStore.Decide(options, configuration);
    }

    [Fact]
    public void Decide_AutoOnDuckDb_Memory() =>
        Assert.False(Decide(null, null).Persistent);

    [Fact]
    public void Decide_AutoOnSqlServer_ClusteredWarehouseStore_DescriptionWithoutSecrets()
    {
        var store = Decide(null, SqlServer);

        Assert.True(store.Persistent);
        Assert.True(store.Clustered);
        Assert.Contains("db.example.test / Crm", store.Description);
        Assert.Contains(SchedulerStore.TablePrefix, store.Description);
        Assert.DoesNotContain("Sup3r-Secret!", store.ToString());
        Assert.DoesNotContain("svc", store.ToString());
    }

    [Fact]
    public void Decide_MemoryOnSqlServer_Memory() =>
        Assert.False(Decide("memory", SqlServer).Persistent);

    [Fact]
    public void Decide_WarehouseNotClustered_SingleNodePersistentStore()
    {
        var store = Decide("Warehouse", SqlServer, clustered: false);
        Assert.True(store.Persistent);
        Assert.False(store.Clustered);
    }

    [Fact]
    public void Decide_WarehouseOnDuckDb_ConfigurationErrorNamingKeyAndValue()
    {
        var e = Assert.Throws<ExpectedFailureException>(() => Decide("Warehouse", null));

        Assert.Equal(FailureKind.Configuration, e.Kind);
        Assert.Contains("Scheduler:Store is 'Warehouse'", e.Message);
        Assert.Contains("ConnectionStrings__Warehouse", e.Message);
    }

    [Fact]
    public void Decide_UnknownStore_ConfigurationErrorListingTheValues()
    {
        var e = Assert.Throws<ExpectedFailureException>(() => Decide("Disk", SqlServer));

        Assert.Contains("Scheduler:Store must be one of Auto, Memory, Warehouse, was 'Disk'", e.Message);
    }
}
