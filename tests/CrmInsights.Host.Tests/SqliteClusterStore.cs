using System.Data.Common;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace CrmInsights.Host.Tests;

/// <summary>
/// A persistent, clustered Quartz store on one temp SQLite file, for tests of OUR bootstrap, catch-up
/// and recovery rules on a store several nodes share. SQL Server itself is covered by the live tests.
/// </summary>
/// <remarks>
/// Quartz refuses to cluster its own SQLite dialect (<see cref="SQLiteDelegate"/>) because its SQLite
/// lock is in-process; Quartz's own tests drive two SQLite stores as a cluster through an internal
/// switch. Here <see cref="ClusterableSqliteDelegate"/> speaks the same dialect without that refusal,
/// and the cluster lock is a real database lock: the store's serializable transactions are SQLite's
/// BEGIN IMMEDIATE, which holds the file's write lock for the whole transaction, so the row-lock select
/// (a plain SELECT of QRTZ_LOCKS, as SQLite has no FOR UPDATE) serialises the nodes as UPDLOCK does on
/// SQL Server. Check-in, failure detection and recovery are Quartz's own cluster code, unchanged.
/// </remarks>
internal static class SqliteClusterStore
{
    public static Action<IPersistentStoreBuilder> At(string path) => store =>
    {
        // First, so the delegate UseSqlite registers does not replace it (the first registration wins).
        store.UseDriverDelegate<ClusterableSqliteDelegate>();
        store.UseSqlite($"Data Source={path};Default Timeout=30");
        store.ConfigureStore(o =>
        {
            o.TablePrefix = "QRTZ_"; // SQLite has no schemas
            o.SelectWithLockSql = "SELECT * FROM {0}LOCKS WHERE SCHED_NAME = @schedulerName AND LOCK_NAME = @lockName";
            o.TransactionIsolationLevel = System.Data.IsolationLevel.Serializable;
            o.AcquireTriggersWithinLock = true;
        });
        store.ProvisionSchema();
    };

    /// <summary>SQLiteDelegate's dialect (LIMIT paging, its schema script), without its refusal to cluster.</summary>
    public sealed class ClusterableSqliteDelegate : StdAdoDelegate
    {
        protected override string? SchemaResourceName => "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql";

        protected override string ApplyPaging(string sql, bool takeLimited) =>
            takeLimited ? sql + " LIMIT @pageTake OFFSET @pageSkip" : sql + " LIMIT -1 OFFSET @pageSkip";

        protected override void AddPagingParameters(DbCommand cmd, int skip, int take, bool takeLimited)
        {
            if (takeLimited)
            {
                AddCommandParameter(cmd, "pageTake", take);
            }
            AddCommandParameter(cmd, "pageSkip", skip);
        }

        protected override SqlRowLimit GetRowLimit(int count) => SqlRowLimit.AtStatementEnd("LIMIT", count);
    }
}
