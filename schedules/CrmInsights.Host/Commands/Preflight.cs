using System.Data.Common;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>Checks shared by the scheduling verbs.</summary>
internal static class Preflight
{
    /// <summary>
    /// Before <c>serve</c> starts, and before <c>snapshot</c> and <c>report run</c> on an existing file: the
    /// embedded DuckDB warehouse is the product's own, so it is created or upgraded (idempotent; one fingerprint
    /// read when current) and a warehouse written by an earlier version just runs, as <c>etl run</c> already
    /// does. A SQL Server schema is changed only by <c>warehouse deploy</c> (DacFx, with data-loss protection),
    /// never implicitly.
    /// </summary>
    public static async Task EnsureEmbeddedSchemaAsync(IWarehouseEngine engine, WarehouseOptions options, CancellationToken cancellationToken)
    {
        if (engine.Kind == WarehouseEngineKind.DuckDb)
        {
            await WarehouseSchema.EnsureAsync(engine, options, cancellationToken);
        }
    }

    /// <summary>Reads the job history once, turning a missing table or warehouse into one clear line.</summary>
    public static async Task<IReadOnlyList<JobRunRecord>> JobHistoryAsync(IJobHistory history, IWarehouseEngine engine, CancellationToken cancellationToken)
    {
        if (MissingWarehouse(engine) is { } missing)
        {
            throw new ExpectedFailureException(FailureKind.Environment, missing);
        }

        try
        {
            return await history.LatestRunsAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new ExpectedFailureException(FailureKind.Environment,
                $"The job history etl.JobRun in {engine.Description} cannot be read ({e.Message}). {SchemaRemedy(engine)}", e);
        }
    }

    /// <summary>
    /// Null when the warehouse may be there; otherwise what is missing and what to do. (Opening a
    /// missing DuckDB file would create an empty one, so read-only verbs look first.)
    /// </summary>
    public static string? MissingWarehouse(IWarehouseEngine engine) =>
        engine is DuckDbWarehouse duckDb && !File.Exists(duckDb.DatabasePath)
            ? $"There is no warehouse at {duckDb.DatabasePath}. {SchemaRemedy(engine)}"
            : null;

    /// <summary>What to do when the schema is missing, by engine.</summary>
    public static string SchemaRemedy(IWarehouseEngine engine) => engine.Kind == WarehouseEngineKind.SqlServer
        ? "Deploy the warehouse schema with 'crm-insights warehouse deploy' (serve never changes a SQL Server schema)."
        : "Create it with 'crm-insights warehouse init', or start 'crm-insights serve', which creates it.";
}
