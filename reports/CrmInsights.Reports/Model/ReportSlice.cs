namespace CrmInsights.Reports.Model;

/// <summary>A value-equal <see cref="ISliceFilter"/>; recipients with equal slices share one pack (bursting).</summary>
public sealed record ReportSlice(SliceKind Kind, string? Value) : ISliceFilter
{
    /// <summary>The whole business.</summary>
    public static ReportSlice All { get; } = new(SliceKind.All, null);

    /// <summary>One store.</summary>
    public static ReportSlice Store(string storeId) => new(SliceKind.Store, storeId);

    /// <summary>One region.</summary>
    public static ReportSlice Region(string region) => new(SliceKind.Region, region);

    /// <inheritdoc/>
    public string Description => Kind switch
    {
        SliceKind.Store => $"Store {Value}",
        SliceKind.Region => $"Region {Value}",
        _ => "All stores",
    };

    /// <summary>A file-name-safe key, e.g. "store-S001" (the value is sanitised).</summary>
    public string FileKey => Kind == SliceKind.All ? "all" : $"{Kind.ToString().ToLowerInvariant()}-{SafeName.For(Value ?? "")}";

    /// <inheritdoc/>
    public bool Includes(string? storeId, string? region) => Kind switch
    {
        SliceKind.Store => string.Equals(storeId, Value, StringComparison.OrdinalIgnoreCase),
        SliceKind.Region => string.Equals(region, Value, StringComparison.OrdinalIgnoreCase),
        _ => true,
    };
}
