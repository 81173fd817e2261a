using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;

namespace CrmInsights.Host.Scheduling.Locking;

/// <summary>
/// The per-job lock on SQL Server: an exclusive application lock <c>CrmInsights.Job.&lt;job&gt;</c>
/// (sp_getapplock, owned by a session held for the run), so a job never overlaps itself across
/// service nodes sharing the database. The lock ends with its session, so a crashed node leaves none.
/// </summary>
public sealed class SqlServerWarehouseLock(SqlServerWarehouse engine) : IWarehouseLock
{
    /// <summary>Prefix of the application-lock resource; the warehouse-wide loader lock is <see cref="SqlServerWarehouse.LockResource"/>.</summary>
    public const string ResourcePrefix = "CrmInsights.Job.";

    /// <summary>The application-lock resource of a job.</summary>
    public static string ResourceOf(string job) => ResourcePrefix + WorkspacePaths.SafeName(job);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken cancellationToken)
    {
        var name = ResourceOf(resource);
        try
        {
            return await engine.TryAcquireAppLockAsync(name, wait, cancellationToken);
        }
        catch (Exception e) when (e is SqlException or ExpectedFailureException { Kind: FailureKind.Environment }
            && !cancellationToken.IsCancellationRequested)
        {
            // The runner records an unreachable warehouse as a failed attempt and retries it. The engine's own
            // open failure already says the warehouse cannot be opened; this names the lock with the server's reason.
            var reason = e.InnerException is SqlException server ? server.Message : e.Message;
            throw new ExpectedFailureException(FailureKind.Environment,
                $"The job lock '{name}' cannot be taken on {engine.Description} ({reason}).", e);
        }
    }
}
