using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Warehouse.Engine;

/// <summary>Taking the warehouse lock for a run that writes (ETL, snapshot): the one place its "still held" failure is worded.</summary>
public static class WarehouseLock
{
    /// <summary>
    /// Waits up to <see cref="WarehouseOptions.LockTimeoutSeconds"/> for the lock; when another run keeps it, throws an
    /// environment failure (exit 4) that says what to do.
    /// </summary>
    public static async Task<IAsyncDisposable> AcquireForRunAsync(this IWarehouseEngine engine, WarehouseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return await engine.AcquireLockAsync(TimeSpan.FromSeconds(options.LockTimeoutSeconds), cancellationToken);
        }
        catch (WarehouseLockTimeoutException ex)
        {
            throw new ExpectedFailureException(FailureKind.Environment,
                ex.Message + $" Wait for the other run to finish, or raise {WarehouseOptions.SectionName}:{nameof(WarehouseOptions.LockTimeoutSeconds)}.", ex);
        }
    }
}
