using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmInsights.Host.Tests;

public sealed class WarehouseLockSelectionTests
{
    private static IWarehouseLock LockFor(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddCrmInsights(configuration, WorkspacePaths.At(Path.GetTempPath()));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IWarehouseLock>();
    }

    [Fact]
    public void Resolve_NoConnectionString_FileLock()
    {
        Assert.IsType<FileWarehouseLock>(LockFor());
    }

    [Fact]
    public void Resolve_SqlServerConnectionString_AppLock()
    {
        // Nothing connects until a lock is taken, so an unreachable server is fine here.
        Assert.IsType<SqlServerWarehouseLock>(LockFor(("ConnectionStrings:Warehouse", "Server=tcp:nowhere.invalid,1433;Database=CrmInsights;Connect Timeout=1")));
    }
}
