namespace CrmInsights.Analytics.Snapshot;

/// <summary>What an item is in product affinity and next best offers (mart.AffinityItem); stored in etl.Setting as its number.</summary>
public enum AffinityLevel
{
    /// <summary>Each product (SKU) is an item.</summary>
    Product = 0,

    /// <summary>Each product category is an item; products without a category are left out.</summary>
    Category = 1,
}
