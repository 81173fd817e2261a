using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.SqlServer;

namespace CrmInsights.Host.Tests;

/// <summary>What can be checked without a server; two concurrent acquisitions run in CrmInsights.Warehouse.LiveTests.</summary>
public sealed class SqlServerWarehouseLockTests
{
    [Fact]
    public void ResourceOf_Job_PrefixedPerJob_UnsafeNameRefused()
    {
        Assert.Equal("CrmInsights.Job.etl-hourly", SqlServerWarehouseLock.ResourceOf("etl-hourly"));
        Assert.NotEqual(SqlServerWarehouse.LockResource, SqlServerWarehouseLock.ResourceOf("Warehouse"));
        Assert.Throws<ArgumentException>(() => SqlServerWarehouseLock.ResourceOf("../x"));
    }

    [Fact]
    public async Task TryAcquire_ServerUnreachable_EnvironmentFailureTheRunnerRetries()
    {
        var engine = new SqlServerWarehouse("Server=tcp:127.0.0.1,1;Database=CrmInsights;Connect Timeout=1;Encrypt=false");
        var failure = await Assert.ThrowsAsync<ExpectedFailureException>(() =>
            new SqlServerWarehouseLock(engine).TryAcquireAsync("etl", TimeSpan.Zero, default));
        Assert.Equal(FailureKind.Environment, failure.Kind);
        Assert.Contains("CrmInsights.Job.etl", failure.Message, StringComparison.Ordinal);
    }
}
