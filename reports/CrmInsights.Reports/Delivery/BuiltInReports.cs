using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// The report that applies when configuration defines none (<c>Reports:Definitions</c> empty), so a
/// fresh workspace produces a pack with no configuration. Any configured definition replaces it
/// entirely (lists are never merged with it).
/// </summary>
public static class BuiltInReports
{
    /// <summary>Name of the built-in monthly report.</summary>
    public const string CrmMonthly = "crm-monthly";

    /// <summary>
    /// crm-monthly: the owner and one recipient, head office, with the all-stores pack and its action lists.
    /// It names no store or region, so it fits any data; <c>crm-insights demo</c> adds the demo's store and
    /// region managers (<see cref="AddDemoRecipients"/>). Targets are a default set against last year, so a
    /// first pack already shows on/off-track statuses; configure a definition to set your own.
    /// </summary>
    public static ReportDefinition Default() => new()
    {
        Name = CrmMonthly,
        Period = "Monthly",
        Owner = "crm-owner@example.com",
        IsBuiltIn = true,
        Recipients =
        [
            new() { Email = "head-office@example.com", DisplayName = "Head Office", AllowPersonalData = true },
        ],
        Targets = new(StringComparer.OrdinalIgnoreCase)
        {
            ["net_revenue"] = KpiTarget.Growth(0.05m),
            ["active_customers"] = KpiTarget.Growth(0m),
            ["retention_rate"] = KpiTarget.Change(0m),
            ["nps"] = KpiTarget.Fixed(40m),
            ["email_open_rate"] = KpiTarget.Fixed(0.20m),
            ["margin_percent"] = KpiTarget.Change(0m),
            ["aov"] = KpiTarget.Growth(0m),
            ["repeat_purchase_rate"] = KpiTarget.Change(0m),
            ["csat"] = KpiTarget.Fixed(0.80m),
            ["complaints_per_1000_orders"] = KpiTarget.Change(0m),
            ["conversion_rate"] = KpiTarget.Change(0m),
            ["email_click_rate"] = KpiTarget.Fixed(0.025m),
        },
    };

    /// <summary>
    /// The demo's bursting example, added to the built-in report only (a configured report is left alone):
    /// the London region manager (region slice, no personal data) and the manager of store S001 (store
    /// slice, with that store's action lists). Store and region match the demo data. Returns whether it applied.
    /// </summary>
    public static bool AddDemoRecipients(ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Definitions is not [{ IsBuiltIn: true } builtIn] || builtIn.Recipients.Count != 1)
        {
            return false;
        }
        builtIn.Recipients.Add(new() { Email = "london-region@example.com", DisplayName = "London Region Manager", Region = "London" });
        builtIn.Recipients.Add(new() { Email = "store-s001@example.com", DisplayName = "Store S001 Manager", Store = "S001", AllowPersonalData = true });
        return true;
    }
}
