using CrmInsights.Reports;
using CrmInsights.Reports.Delivery;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Reporting;

/// <summary>Wires the report library into the executable: its services plus the delivery log over the warehouse.</summary>
internal static class ReportingServiceCollectionExtensions
{
    public static IServiceCollection AddReportPacks(this IServiceCollection services, IConfiguration configuration, WorkspacePaths workspace)
    {
        services.AddReports(configuration, workspace.Root);
        // etl.ReportDelivery lives in the same warehouse as the job history, so both use the engine's connections.
        // DbDeliveryLog takes a synchronous factory; no synchronization context runs here, so waiting on the open is safe.
        services.TryAddSingleton<IDeliveryLog>(sp => new DbDeliveryLog(
            () => sp.GetRequiredService<IWarehouseEngine>().OpenConnectionAsync().GetAwaiter().GetResult(),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<ReportsOptions>>().Value.ClaimLeaseMinutes)));
        return services;
    }
}
