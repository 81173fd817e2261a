using System.Globalization;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

public sealed partial class MartKpiPackFactory
{
    /// <summary>The action-list views, in the pack's order (their statements are in <see cref="MartSql.All"/>).</summary>
    internal static IReadOnlyList<ActionListSpec> ActionViews { get; } =
    [
        new("Detractors without follow-up", "Detractors (NPS 0-6) of the last 14 days of the month (Snapshot:DetractorFollowUpDays) with no follow-up by its end: call them, most recent first.",
            "mart.ActionDetractorFollowUp", "a.DaysAgo, a.ResponseId",
            (r, _) => Inv($"Answered NPS {r.Long("Nps")} via {r.Str("Touchpoint")} on {Day(r, "ResponseDateKey")}, {BeforeMonthEnd(r, "DaysAgo")}, with no follow-up by then."),
            null, "ResponseDateKey"),
        new("Open complaints", "Complaints not resolved by the end of the month, oldest first.",
            "mart.ActionOpenComplaints", "a.RecordedAtUtc, a.ResponseId",
            (r, _) => Inv($"Complained ({r.Str("ComplaintCategory") ?? "uncategorised"}) via {r.Str("Touchpoint")} on {Day(r, "ComplaintDateKey")}; still open on {Day(r, "AsOfDateKey")}, {(r.Long("AgeDays") == 0 ? "the day it was made" : Days(r.Long("AgeDays")) + " later")}."),
            null, "ComplaintDateKey"),
        new("High-value customers at risk", "Customers in the top fifth of predictive CLV three months ago whose P(alive) fell materially or is low, or whose RFM segment is At Risk / Can't Lose; most value at risk first.",
            "mart.ActionHighValueAtRisk", "a.ValueAtRisk DESC, a.PredictedClv12m DESC, a.CustomerId",
            (r, currency) => Inv($"P(alive) went from {r.Dec("PreviousProbabilityAlive"):0.00} on {Day(r, "PreviousMonthEndDateKey")} to {r.Dec("ProbabilityAlive"):0.00} on {Day(r, "AsOfDateKey")} (RFM segment {r.Str("RfmSegment")}); {UnitFormat.Text(r.Dec("ValueAtRisk"), KpiUnit.Currency, currency)} of the {UnitFormat.Text(r.Dec("PreviousPredictedClv12m"), KpiUnit.Currency, currency)} predicted 12-month value at risk."),
            "ValueAtRisk", null),
        new("Birthdays next month", "Customers opted in to marketing at the end of the month whose birthday is in the next month: the birthday-treat campaign.",
            "mart.ActionBirthdayNextMonth", "a.BirthdayMonthKey, a.BirthdayDay, a.CustomerId",
            (r, _) => Inv($"Birthday on {Birthday(r)}; opted in to marketing."),
            null, null),
        new("Referral candidates", "Promoters (latest NPS 9-10) who bought in the last 30 days of the month (Snapshot:PromoterRecentDays): ask for a referral.",
            "mart.ActionReferralCandidates", "a.DaysSinceLastPurchase, a.CustomerId",
            (r, _) => Inv($"Answered NPS {r.Long("LatestNps")} on {Day(r, "LatestNpsDateKey")} and last bought on {Day(r, "LastPurchaseDateKey")}, {BeforeMonthEnd(r, "DaysSinceLastPurchase")}."),
            null, "LatestNpsDateKey"),
        new("Win-back", "Lapsed customers (last purchase 180-365 days before the month end) with above-median historical CLV.",
            "mart.ActionWinBack", "a.HistoricalClv DESC, a.CustomerId",
            (r, currency) => Inv($"Last bought on {Day(r, "LastPurchaseDateKey")}, {BeforeMonthEnd(r, "DaysSinceLastPurchase")}, after {r.Long("Frequency")} orders worth {UnitFormat.Text(r.Dec("HistoricalClv"), KpiUnit.Currency, currency)} in margin."),
            "HistoricalClv", "LastPurchaseDateKey"),
        new("One purchase from a reward", "Loyalty members whose next purchase earns a reward: N - 1 purchases since the last one on the every-Nth-purchase rule (Snapshot:RewardEveryNthPurchase, 10), or a points balance that one of their typical purchases takes to Snapshot:RewardPointsThreshold (off unless set). Remind them; most recent buyers first.",
            "mart.ActionRewardNextPurchase", "a.LastPurchaseDateKey DESC, a.CustomerId",
            (r, _) => RewardReason(r),
            null, "LastPurchaseDateKey"),
        new("Next best offers", "Per customer, the products they have not bought that go best with what they bought and kept in the last 12 months (Snapshot:AffinityWindowMonths): bought together in the same order far more often than chance (lift above 1, at least 10 orders together: Snapshot:AffinityMinPairOrders), up to 3 each (Snapshot:OffersPerCustomer); strongest first.",
            "mart.ActionNextBestOffer", "a.Confidence DESC, a.Lift DESC, a.CustomerId",
            (r, _) => OfferReason(r),
            null, "LastPurchaseDateKey"),
    ];

    /// <summary>The best offer and why (the share of orders with the bought item that also had it), then any further offers.</summary>
    private static string OfferReason(MartRow row)
    {
        var more = new[] { row.Str("SecondOfferName"), row.Str("ThirdOfferName") }.Where(n => n is not null).ToList();
        var rest = row.Long("Offers") - 1 - more.Count;
        var then = more.Count == 0 ? "" : Inv($" Then {string.Join(", ", more)}{(rest > 0 ? Inv($" and {rest} more") : "")}.");
        return Inv($"Offer {row.Str("OfferName")}: {row.Dec("Confidence"):0%} of the {row.Long("BecauseOrders")} orders with {row.Str("BecauseName")} in the last {row.Long("WindowMonths")} months had it too ({row.Dec("Lift"):0.0}x chance); bought {row.Str("BecauseName")}, never {row.Str("OfferName")}.{then}");
    }

    /// <summary>Why a member is one purchase from a reward, under each rule that lists them, and when they last bought.</summary>
    private static string RewardReason(MartRow row)
    {
        var parts = new List<string>();
        if (row.Str("RewardRule") is "Purchases" or "Purchases and points")
        {
            var every = row.Long("PurchasesSinceReward") + row.Long("PurchasesNeeded");
            parts.Add(Inv($"{row.Long("PurchasesSinceReward")} purchases since the last reward, which comes every {every}"));
        }
        if (row.Str("RewardRule") is "Points" or "Purchases and points")
        {
            parts.Add(Inv($"{row.Long("PointsBalance")} points, {row.Long("PointsNeeded")} short of the reward, and a purchase earns {row.Dec("PointsPerPurchase"):0.#} on average"));
        }
        return Inv($"{string.Join("; ", parts)}; last bought on {Day(row, "LastPurchaseDateKey")}.");
    }

    /// <summary>
    /// The action-list views as of the report month (their YearMonthKey), cut to the slice by the customer's
    /// home store that month (mart.CustomerHomeStore), so a past month's lists stay the same after later data
    /// arrives. Called only when a recipient of the slice may see personal data.
    /// </summary>
    private async Task<IReadOnlyList<ActionList>> ActionListsAsync(MartQuery query, ReportPeriod period, ISliceFilter slice, CancellationToken cancellationToken)
    {
        var lists = new List<ActionList>();
        foreach (var spec in ActionViews)
        {
            var rows = await query.RowsAsync(
                MartSql.ActionList(spec, slice.Kind),
                cancellationToken, ("month", Key(period)), SliceSql.Value(slice));
            lists.Add(new ActionList(spec.Name, spec.Description, rows.Select(r => Item(spec, r, options.Currency)).ToList()));
        }
        return lists;
    }

    private static ActionItem Item(ActionListSpec spec, MartRow row, string currency) => new(
        row.Str("CustomerId") ?? "(unidentified)",
        string.Join(" ", new[] { row.Str("FirstName"), row.Str("LastName") }.Where(n => !string.IsNullOrWhiteSpace(n))),
        row.Str("Email"),
        row.Has("Phone") ? row.Str("Phone") : null,
        row.Str("HomeStoreId"),
        spec.Reason(row, currency),
        spec.ValueColumn is { } v ? row.Dec(v) : null,
        spec.SinceColumn is { } s ? row.DateKey(s) : null);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date key as "22 November 2025" ("an unknown date" when missing).</summary>
    private static string Day(MartRow row, string column) =>
        row.DateKey(column)?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";

    private static string Days(long days) => days == 1 ? "1 day" : Inv($"{days} days");

    /// <summary>"13 days before 31 March 2025", or "the last day of the month" when it was that day (never "0 days before").</summary>
    internal static string BeforeMonthEnd(MartRow row, string daysColumn) =>
        row.Long(daysColumn) is var days && days == 0 ? "the last day of the month" : Inv($"{Days(days)} before {Day(row, "AsOfDateKey")}");

    /// <summary>The birthday in the month after the report month; 29 February falls on the 28th in a common year.</summary>
    private static string Birthday(MartRow row)
    {
        var month = row.Int("BirthdayMonthKey");
        int year = month / 100, m = month % 100;
        var day = Math.Min(row.Int("BirthdayDay"), DateTime.DaysInMonth(year, m));
        return new DateOnly(year, m, day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    }
}
