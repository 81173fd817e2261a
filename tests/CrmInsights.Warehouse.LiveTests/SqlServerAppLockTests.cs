namespace CrmInsights.Warehouse.LiveTests;

/// <summary>
/// The session-owned application locks (sp_getapplock) behind the per-job lock of the service on
/// SQL Server: two concurrent acquisitions of one resource, one wins; other resources are independent.
/// </summary>
[Collection(SqlServerGroup.Name)]
public sealed class SqlServerAppLockTests(SqlServerFixture fixture)
{
    private static string Resource() => "CrmInsights.Job.live-" + Guid.NewGuid().ToString("N");

    [SkippableFact]
    public async Task TryAcquireAppLock_TwoConcurrentAcquisitions_ExactlyOneHolds()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var resource = Resource();

        var attempts = await Task.WhenAll(
            fixture.Engine.TryAcquireAppLockAsync(resource, TimeSpan.Zero),
            fixture.Engine.TryAcquireAppLockAsync(resource, TimeSpan.Zero));

        try
        {
            Assert.Single(attempts, a => a is not null);
            await using var other = await fixture.Engine.TryAcquireAppLockAsync(Resource(), TimeSpan.Zero);
            Assert.NotNull(other); // locks are per resource
        }
        finally
        {
            foreach (var held in attempts.OfType<IAsyncDisposable>())
            {
                await held.DisposeAsync();
            }
        }
    }

    [SkippableFact]
    public async Task TryAcquireAppLock_HeldThenReleased_WaiterAcquires_TimeoutReturnsNull()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var resource = Resource();
        var first = await fixture.Engine.TryAcquireAppLockAsync(resource, TimeSpan.Zero);
        Assert.NotNull(first);

        Assert.Null(await fixture.Engine.TryAcquireAppLockAsync(resource, TimeSpan.FromMilliseconds(300)));

        var waiting = fixture.Engine.TryAcquireAppLockAsync(resource, TimeSpan.FromSeconds(20));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await first.DisposeAsync();
        await using var second = await waiting;
        Assert.NotNull(second);
    }
}
