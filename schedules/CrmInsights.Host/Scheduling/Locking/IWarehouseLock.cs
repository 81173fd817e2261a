namespace CrmInsights.Host.Scheduling.Locking;

/// <summary>
/// A lock per job held in the warehouse's reach, beside Quartz's own no-overlap rule, so a job never
/// overlaps itself even across processes or nodes. Embedded DuckDB: an exclusive lock file in the
/// workspace (<see cref="FileWarehouseLock"/>). SQL Server (to come with its engine): sp_getapplock
/// with @LockOwner = 'Session' on a connection held for the run.
/// </summary>
public interface IWarehouseLock
{
    /// <summary>The held lock (dispose to release), or null when another holder kept it for all of <paramref name="wait"/>.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken cancellationToken);
}
