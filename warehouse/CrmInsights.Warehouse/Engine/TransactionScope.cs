using System.Data.Common;

namespace CrmInsights.Warehouse.Engine;

/// <summary>The one commit-or-roll-back rule both engines apply to a batch's work.</summary>
internal static class TransactionScope
{
    /// <summary>Commits when <paramref name="apply"/> returns, rolls back (never cancelled half-way) when it throws.</summary>
    public static async Task<T> CommitOrRollBackAsync<T>(
        DbConnection connection,
        DbTransaction transaction,
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> apply,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await apply(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
