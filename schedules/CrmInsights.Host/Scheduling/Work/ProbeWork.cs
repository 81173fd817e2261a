using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>
/// Job kind <c>probe</c>: an end-to-end check of the service for operators and monitors. It opens
/// the warehouse, reads the job history inside a transaction and rolls back (it never changes
/// anything), so a successful probe in <c>crm-insights status</c> proves the scheduler fires, the
/// warehouse is reachable and history is written. Parameter <c>holdSeconds</c> (default 0, at most
/// 3600) keeps the transaction open that long: a commissioning drill for stopping the service
/// mid-run (the stop cancels the probe, which rolls back and is recorded as cancelled).
/// </summary>
public sealed class ProbeWork(IWarehouseConnectionFactory connections) : IScheduledWork
{
    public const string HoldSeconds = "holdSeconds";

    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        var hold = TimeSpan.FromSeconds(ParseHold(schedule.Parameters) ?? 0);
        await using var connection = connections.Create();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM etl.JobRun";
        var rows = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await Task.Delay(hold, cancellationToken);
        await transaction.RollbackAsync(CancellationToken.None);
        return WorkOutcome.Success($"warehouse {connections.Description} reachable; {rows} job-history rows");
    }

    public IEnumerable<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters)
    {
        foreach (var key in parameters.Keys.Where(k => k != HoldSeconds))
        {
            yield return $"'{key}' is not a probe parameter (known: {HoldSeconds}).";
        }
        if (parameters.TryGetValue(HoldSeconds, out var text) && ParseHold(parameters) is null)
        {
            yield return $"{HoldSeconds} '{text}' must be a whole number of seconds between 0 and 3600.";
        }
    }

    private static int? ParseHold(IReadOnlyDictionary<string, string> parameters) =>
        !parameters.TryGetValue(HoldSeconds, out var text) ? 0
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 3600 ? seconds
        : null;
}
