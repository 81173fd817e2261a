namespace CrmInsights.Reports.Model;

/// <summary>How far a report is cut down for its recipient.</summary>
public enum SliceKind
{
    /// <summary>The whole business.</summary>
    All,
    /// <summary>One region (all its stores).</summary>
    Region,
    /// <summary>One store.</summary>
    Store,
}
