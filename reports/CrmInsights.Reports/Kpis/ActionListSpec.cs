namespace CrmInsights.Reports.Kpis;

/// <summary>
/// An action-list view, its sort order, and how one of its rows reads as a reason (a full sentence with its
/// numbers and dates, given the pack's currency), a value and a date.
/// </summary>
internal sealed record ActionListSpec(
    string Name, string Description, string View, string OrderBy, Func<MartRow, string, string> Reason, string? ValueColumn, string? SinceColumn);
