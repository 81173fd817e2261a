using System.Data.Common;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>Checks shared by the scheduling verbs.</summary>
internal static class Preflight
{
    /// <summary>Reads the job history once, turning a missing table or warehouse into one clear line.</summary>
    public static async Task<IReadOnlyList<JobRunRecord>> JobHistoryAsync(IJobHistory history, IWarehouseConnectionFactory connections, CancellationToken cancellationToken)
    {
        try
        {
            return await history.LatestRunsAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new ExpectedFailureException(FailureKind.Environment,
                $"The job history etl.JobRun in {connections.Description} cannot be read ({e.Message}). Deploy the warehouse schema first.", e);
        }
    }
}
