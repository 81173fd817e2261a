using CrmInsights.Host.Scheduling.Locking;

namespace CrmInsights.Host.Tests;

public sealed class FileWarehouseLockTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task TryAcquire_WhileHeld_ReturnsNullUntilReleased()
    {
        var locks = new FileWarehouseLock(_workspace.Paths, TimeProvider.System);
        var first = await locks.TryAcquireAsync("etl", TimeSpan.Zero, default);
        Assert.NotNull(first);
        Assert.Null(await locks.TryAcquireAsync("etl", TimeSpan.FromMilliseconds(300), default));
        await using (var other = await locks.TryAcquireAsync("other", TimeSpan.Zero, default))
        {
            Assert.NotNull(other); // locks are per job
        }
        await first.DisposeAsync();
        await using var second = await locks.TryAcquireAsync("etl", TimeSpan.Zero, default);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task TryAcquire_ReleasedWhileWaiting_Acquires()
    {
        var locks = new FileWarehouseLock(_workspace.Paths, TimeProvider.System);
        var first = await locks.TryAcquireAsync("etl", TimeSpan.Zero, default);
        var waiting = locks.TryAcquireAsync("etl", TimeSpan.FromSeconds(5), default);
        await Task.Delay(200);
        await first!.DisposeAsync();
        await using var second = await waiting;
        Assert.NotNull(second);
    }

    [Fact]
    public async Task TryAcquire_UnsafeResourceName_Refused()
    {
        var locks = new FileWarehouseLock(_workspace.Paths, TimeProvider.System);
        await Assert.ThrowsAsync<ArgumentException>(() => locks.TryAcquireAsync("../escape", TimeSpan.Zero, default));
    }

    public void Dispose() => _workspace.Dispose();
}
