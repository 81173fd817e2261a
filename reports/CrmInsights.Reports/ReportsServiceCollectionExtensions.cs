using CrmInsights.Reports.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Reports;

/// <summary>Registers the reporting services.</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Reports</c> and <c>Smtp</c> (at start), and registers the transport
    /// (SMTP when <c>Smtp:Host</c> is set, else the outbox under <paramref name="workspace"/>).
    /// The caller registers <see cref="IDeliveryLog"/> (e.g. <see cref="DbDeliveryLog"/> over the warehouse connection).
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration, string workspace)
    {
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IMessageTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            return smtp.IsConfigured
                ? new SmtpTransport(smtp, sp.GetRequiredService<ILogger<SmtpTransport>>())
                : new OutboxTransport(Path.Combine(workspace, smtp.OutboxDirectory));
        });
        services.AddSingleton(sp => new ReportDelivery(
            sp.GetRequiredService<IOptions<ReportsOptions>>().Value,
            sp.GetRequiredService<IOptions<SmtpOptions>>().Value,
            sp.GetRequiredService<IMessageTransport>(),
            sp.GetRequiredService<IDeliveryLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReportDelivery>>()));
        return services;
    }
}
