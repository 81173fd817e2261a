using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// The WHERE condition that selects a slice on a KPI view (mart.CutLevel's design: a row of cut
/// level X holds a value only in column X). The slice value is always a parameter, so the text depends on the kind only.
/// </summary>
internal static class SliceSql
{
    public const string Parameter = "slice";

    /// <summary>"CutLevel = 'All'", or the store / region cut with the value as @slice.</summary>
    public static string Condition(SliceKind slice, string alias) => slice switch
    {
        SliceKind.Store => $"{alias}.CutLevel = N'Store' AND {alias}.StoreId = @{Parameter}",
        SliceKind.Region => $"{alias}.CutLevel = N'Region' AND {alias}.Region = @{Parameter}",
        _ => $"{alias}.CutLevel = N'All'",
    };

    /// <summary>Condition on a customer's home store (mart.CustomerHomeStore), for the action lists.</summary>
    public static string HomeStoreCondition(SliceKind slice, string alias) => slice switch
    {
        SliceKind.Store => $"{alias}.StoreId = @{Parameter}",
        SliceKind.Region => $"{alias}.Region = @{Parameter}",
        _ => "1 = 1",
    };

    public static (string Name, object? Value) Value(ISliceFilter slice) => (Parameter, slice.Value ?? "");
}
