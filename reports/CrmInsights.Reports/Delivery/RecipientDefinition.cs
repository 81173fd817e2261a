using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>One recipient of a report and the slice of data they may see.</summary>
public sealed class RecipientDefinition
{
    /// <summary>Email address.</summary>
    public string Email { get; set; } = "";

    /// <summary>Display name for the To header and greeting.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Store id: the recipient sees only this store. Exclusive with <see cref="Region"/>.</summary>
    public string? Store { get; set; }

    /// <summary>Region: the recipient sees only stores of this region.</summary>
    public string? Region { get; set; }

    /// <summary>Whether action lists (personal data) may be sent to this recipient.</summary>
    public bool AllowPersonalData { get; set; }

    /// <summary>The recipient's slice: store, else region, else all.</summary>
    public ReportSlice Slice =>
        !string.IsNullOrWhiteSpace(Store) ? ReportSlice.Store(Store.Trim())
        : !string.IsNullOrWhiteSpace(Region) ? ReportSlice.Region(Region.Trim())
        : ReportSlice.All;
}
