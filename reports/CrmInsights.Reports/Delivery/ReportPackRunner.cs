using CrmInsights.Reports.Kpis;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Workbooks;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// Runs one configured report for one month from the marts: build only (files under
/// out/&lt;report&gt;/&lt;yyyy-MM&gt;/ in the workspace) or deliver (gate, bursting, exactly once per recipient).
/// The CLI verb and the scheduled job both go through here.
/// </summary>
public sealed class ReportPackRunner(ReportsOptions options, MartKpiPackFactory packs, MartDataHealthReader health, ReportDelivery delivery, string workspace)
{
    /// <summary>Configured reports (the built-in one when none is configured).</summary>
    public IReadOnlyList<ReportDefinition> Definitions => options.Definitions;

    /// <summary>Finds a report by name; throws <see cref="KeyNotFoundException"/> naming the known ones.</summary>
    public ReportDefinition Find(string name) => options.Find(name);

    /// <summary>The folder a report's packs for a month go to.</summary>
    public string OutputDirectory(ReportDefinition definition, ReportPeriod period) =>
        ReportPackBuilder.OutputDirectory(workspace, definition.Name, period);

    /// <summary>Builds one pack per distinct recipient slice without sending.</summary>
    public Task<IReadOnlyList<BuiltPack>> BuildAsync(string reportName, ReportPeriod period, CancellationToken cancellationToken)
    {
        var definition = options.Find(reportName);
        return delivery.BuildAsync(definition, period, packs.For(definition, period), OutputDirectory(definition, period), cancellationToken);
    }

    /// <summary>Why the month cannot be built from the data as loaded (empty or not yet complete); empty when it can.</summary>
    public async Task<IReadOnlyList<string>> CoverageCausesAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        DeliveryGate.CoverageCauses(await health.ReadAsync(period, cancellationToken), period);

    /// <summary>Delivers the report for the month; repeating it sends nothing twice.</summary>
    public async Task<DeliveryResult> DeliverAsync(string reportName, ReportPeriod period, CancellationToken cancellationToken)
    {
        var definition = options.Find(reportName);
        var state = await health.ReadAsync(period, cancellationToken);
        return await delivery.DeliverAsync(definition, period, state, packs.For(definition, period), OutputDirectory(definition, period), cancellationToken);
    }
}
