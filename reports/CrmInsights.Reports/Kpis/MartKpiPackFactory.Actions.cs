using System.Globalization;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

public sealed partial class MartKpiPackFactory
{
    private static readonly ActionListSpec[] ActionViews =
    [
        new("Detractors without follow-up", "Detractors (NPS 0-6) of the last days whose answer has no follow-up yet: call them, most recent first.",
            "mart.ActionDetractorFollowUp", "a.DaysAgo, a.ResponseId",
            r => Inv($"NPS {r.Long("Nps")} via {r.Str("Touchpoint")}, {r.Long("DaysAgo")} days ago"), null, "ResponseDateKey"),
        new("Open complaints", "Complaints with no resolution yet, oldest first.",
            "mart.ActionOpenComplaints", "a.RecordedAtUtc, a.ResponseId",
            r => Inv($"Open complaint ({r.Str("ComplaintCategory") ?? "uncategorised"}) via {r.Str("Touchpoint")}, {r.Long("AgeDays")} days old"), null, "ComplaintDateKey"),
        new("High-value customers at risk", "Top-quintile predictive CLV customers whose P(alive) is falling or whose RFM segment is At Risk / Can't Lose.",
            "mart.ActionHighValueAtRisk", "a.PredictedClv12m DESC, a.CustomerId",
            r => Inv($"{r.Str("RfmSegment")}; P(alive) {r.Dec("PreviousProbabilityAlive"):0.00} -> {r.Dec("ProbabilityAlive"):0.00}"), "PredictedClv12m", null),
        new("Birthdays next month", "Opted-in customers with a birthday next month: the birthday-treat campaign.",
            "mart.ActionBirthdayNextMonth", "a.BirthdayMonthKey, a.BirthdayDay, a.CustomerId",
            r => Inv($"Birthday on day {r.Long("BirthdayDay")} of {r.Long("BirthdayMonthKey")}"), null, null),
        new("Referral candidates", "Promoters (latest NPS 9-10) who bought recently: ask for a referral.",
            "mart.ActionReferralCandidates", "a.DaysSinceLastPurchase, a.CustomerId",
            r => Inv($"NPS {r.Long("LatestNps")}; bought {r.Long("DaysSinceLastPurchase")} days ago"), null, "LatestNpsDateKey"),
        new("Win-back", "Lapsed customers (last purchase 180-365 days ago) with above-median historical CLV.",
            "mart.ActionWinBack", "a.HistoricalClv DESC, a.CustomerId",
            r => Inv($"{r.Long("DaysSinceLastPurchase")} days since the last purchase; {r.Long("Frequency")} orders"), "HistoricalClv", "LastPurchaseDateKey"),
    ];

    /// <summary>
    /// The action-list views, cut to the slice by the customer's home store (mart.CustomerHomeStore).
    /// Called only when a recipient of the slice may see personal data.
    /// </summary>
    private static async Task<IReadOnlyList<ActionList>> ActionListsAsync(MartQuery query, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var lists = new List<ActionList>();
        foreach (var spec in ActionViews)
        {
            var rows = await query.RowsAsync(
                $"""
                SELECT a.*, h.StoreId AS HomeStoreId
                FROM {spec.View} AS a
                LEFT JOIN mart.CustomerHomeStore AS h ON h.CustomerId = a.CustomerId
                WHERE {SliceSql.HomeStoreCondition(slice, "h")}
                ORDER BY {spec.OrderBy}
                """,
                cancellationToken, SliceSql.Value(slice));
            lists.Add(new ActionList(spec.Name, spec.Description, rows.Select(r => Item(spec, r)).ToList()));
        }
        return lists;
    }

    private static ActionItem Item(ActionListSpec spec, MartRow row) => new(
        row.Str("CustomerId") ?? "(unidentified)",
        string.Join(" ", new[] { row.Str("FirstName"), row.Str("LastName") }.Where(n => !string.IsNullOrWhiteSpace(n))),
        row.Str("Email"),
        row.Has("Phone") ? row.Str("Phone") : null,
        row.Str("HomeStoreId"),
        spec.Reason(row),
        spec.ValueColumn is { } v ? row.Dec(v) : null,
        spec.SinceColumn is { } s ? row.DateKey(s) : null);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
