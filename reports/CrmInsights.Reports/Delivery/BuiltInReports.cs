namespace CrmInsights.Reports.Delivery;

/// <summary>
/// The report that applies when configuration defines none (<c>Reports:Definitions</c> empty), so a
/// fresh workspace and <c>crm-insights demo</c> produce a pack with no configuration. Any configured
/// definition replaces it entirely (lists are never merged with it).
/// </summary>
public static class BuiltInReports
{
    /// <summary>Name of the built-in monthly report.</summary>
    public const string CrmMonthly = "crm-monthly";

    /// <summary>
    /// crm-monthly: the owner and three demo recipients: head office (everything, with action lists),
    /// the London region manager (region slice, no personal data) and the manager of store S001
    /// (store slice, with that store's action lists). Store and region match the demo data.
    /// </summary>
    public static ReportDefinition Default() => new()
    {
        Name = CrmMonthly,
        Period = "Monthly",
        Owner = "crm-owner@example.com",
        Recipients =
        [
            new() { Email = "head-office@example.com", DisplayName = "Head Office", AllowPersonalData = true },
            new() { Email = "london-region@example.com", DisplayName = "London Region Manager", Region = "London" },
            new() { Email = "store-s001@example.com", DisplayName = "Store S001 Manager", Store = "S001", AllowPersonalData = true },
        ],
    };
}
