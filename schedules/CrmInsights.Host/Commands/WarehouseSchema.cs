using System.Data.Common;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Host.Commands;

/// <summary>
/// Creates or upgrades the warehouse schema under the warehouse lock, turning the operator's
/// failures into one clear line: <c>warehouse init</c> and, on the embedded DuckDB file, <c>serve</c> at start.
/// </summary>
internal static class WarehouseSchema
{
    public static async Task<SchemaChangeReport> EnsureAsync(IWarehouseEngine engine, WarehouseOptions options, CancellationToken cancellationToken, bool force = false)
    {
        // The DacFx model is built only when the warehouse needs it (always on SQL Server; on DuckDB when the
        // file's schema fingerprint differs), so its errors surface from the ensure call.
        using (var schema = WarehouseSchemaSource.Embedded())
        {
            try
            {
                await using var warehouseLock = await engine.AcquireForRunAsync(options, cancellationToken);
                return await engine.EnsureSchemaAsync(schema, force, cancellationToken);
            }
            catch (WarehouseModelException e)
            {
                throw new ExpectedFailureException(FailureKind.Input, e.Message, e);
            }
            catch (WarehouseSchemaDriftException e)
            {
                throw new ExpectedFailureException(FailureKind.Data, e.Message, e);
            }
            catch (Microsoft.SqlServer.Dac.DacServicesException e)
            {
                throw new ExpectedFailureException(FailureKind.Environment,
                    $"Deployment to {engine.Description} failed: {e.Message}{(e.InnerException is null ? string.Empty : " " + e.InnerException.Message)}", e);
            }
            catch (Exception e) when (e is DbException or IOException && !cancellationToken.IsCancellationRequested)
            {
                throw new ExpectedFailureException(FailureKind.Environment,
                    $"The warehouse at {engine.Description} is unavailable: {e.Message} Check it is reachable and no other process holds it for writing.", e);
            }
        }
    }
}
