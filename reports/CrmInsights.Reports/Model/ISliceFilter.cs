namespace CrmInsights.Reports.Model;

/// <summary>
/// The cut of the data one pack shows: everything, one region or one store. The mart-query
/// layer applies it as a SQL parameter; in-memory code can use <see cref="Includes"/>.
/// </summary>
public interface ISliceFilter
{
    /// <summary>All, region or store.</summary>
    SliceKind Kind { get; }

    /// <summary>The region name or store id; null for <see cref="SliceKind.All"/>.</summary>
    string? Value { get; }

    /// <summary>A short human description, e.g. "Store S001".</summary>
    string Description { get; }

    /// <summary>Whether a row from a store in a region belongs to this slice.</summary>
    bool Includes(string? storeId, string? region);
}
