using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Kpis;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Reports;

/// <summary>Registers the reporting services.</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Reports</c> and <c>Smtp</c> (at start), and registers the transport
    /// (SMTP when <c>Smtp:Host</c> is set, else the outbox under <paramref name="workspace"/>).
    /// The caller registers <see cref="IDeliveryLog"/> (e.g. <see cref="DbDeliveryLog"/> over the warehouse connection)
    /// and the <see cref="IWarehouseEngine"/> the marts are read from (CrmInsights.Warehouse's <c>AddWarehouse</c>), so
    /// the whole process shares one engine and one lock.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration, string workspace)
    {
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.SectionName))
            .PostConfigure(o =>
            {
                // One currency setting: the warehouse's. The old Reports:Currency key is reported by validation, never used.
                o.Currency = configuration[WarehouseOptions.SectionName + ":Currency"] is { Length: > 0 } currency ? currency : "GBP";
                o.RemovedCurrencyKey = configuration[ReportsOptions.SectionName + ":Currency"];
                // No configured report: the built-in one applies (never merged with configured ones).
                if (o.Definitions.Count == 0)
                {
                    o.Definitions.Add(BuiltInReports.Default());
                }
            })
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMessageTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            return smtp.IsConfigured
                ? new SmtpTransport(smtp, sp.GetRequiredService<ILogger<SmtpTransport>>())
                : new OutboxTransport(Path.Combine(workspace, smtp.OutboxDirectory));
        });
        services.AddSingleton(sp => new MartDataHealthReader(
            sp.GetRequiredService<IWarehouseEngine>(), sp.GetRequiredService<IOptions<ReportsOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new MartKpiPackFactory(
            sp.GetRequiredService<IWarehouseEngine>(), sp.GetRequiredService<IOptions<ReportsOptions>>().Value,
            sp.GetRequiredService<MartDataHealthReader>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReportDelivery(
            sp.GetRequiredService<IOptions<ReportsOptions>>().Value,
            sp.GetRequiredService<IOptions<SmtpOptions>>().Value,
            sp.GetRequiredService<IMessageTransport>(),
            sp.GetRequiredService<IDeliveryLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReportDelivery>>()));
        services.AddSingleton(sp => new ReportPackRunner(
            sp.GetRequiredService<IOptions<ReportsOptions>>().Value, sp.GetRequiredService<MartKpiPackFactory>(),
            sp.GetRequiredService<MartDataHealthReader>(), sp.GetRequiredService<ReportDelivery>(), workspace));
        return services;
    }
}
