using CrmInsights.Host.Reporting;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Reports.Delivery;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>
/// Job kind <c>report</c>: delivers the report named by parameter <c>report</c> for the previous
/// complete month in the schedule's time zone. Idempotent through the delivery log: a re-run or a
/// catch-up of the same month sends only to recipients not yet served. A pack held by the data gate
/// is a failed attempt (the retry policy tries again once the data is fit; the owner is told once).
/// </summary>
public sealed class ReportPackWork(ReportPackRunner runner) : IScheduledWork
{
    public const string ReportParameter = "report";

    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var period = ReportPeriods.PreviousCompleteMonth(scheduledFor, schedule.TimeZone);
        var result = await runner.DeliverAsync(schedule.Parameters[ReportParameter], period, cancellationToken);
        var summary = string.Join(", ", result.Recipients.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        if (!result.Gate.CanSend)
        {
            return WorkOutcome.Failed($"{result.ReportName} {result.Period} held: {string.Join(" ", result.Gate.Causes)}");
        }
        return result.Succeeded
            ? WorkOutcome.Success($"{result.ReportName} {result.Period}: {summary}")
            : WorkOutcome.Failed($"{result.ReportName} {result.Period}: {summary}; " +
                string.Join("; ", result.Recipients.Where(r => r.Error is not null).Select(r => $"{r.Recipient}: {r.Error}")));
    }

    public IEnumerable<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var key in parameters.Keys.Where(k => k != ReportParameter))
        {
            yield return $"'{key}' is not a report parameter (known: {ReportParameter}).";
        }
        if (!parameters.TryGetValue(ReportParameter, out var name) || string.IsNullOrWhiteSpace(name))
        {
            yield return $"{ReportParameter} must name a report of Reports:Definitions (known: {string.Join(", ", runner.Definitions.Select(d => d.Name))}).";
        }
        else if (!runner.Definitions.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"{ReportParameter} '{name}' is not a report of Reports:Definitions (known: {string.Join(", ", runner.Definitions.Select(d => d.Name))}).";
        }
    }
}
