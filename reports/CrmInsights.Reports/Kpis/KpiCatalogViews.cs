using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// Which mart view column each headline KPI of the pack is: the mapping from the KPI catalog to
/// the views (mart.Loyalty, mart.Satisfaction, mart.Engagement, mart.Profitability). Values are
/// read as the views return them, so every cell equals the SELECT: every rate and share is a
/// 0..1 fraction in the views (<see cref="KpiUnit.Percent"/>), which the workbook shows with an
/// Excel % format; NPS stays on its own −100..100 scale (<see cref="KpiUnit.Score"/>). Each rate names the
/// column of its n (answers, complaints, customers in the base, sessions, emails) and the test of its changes.
/// </summary>
internal static class KpiCatalogViews
{
    private const KpiUnit Count = KpiUnit.Count;
    private const KpiUnit Pct = KpiUnit.Percent;

    public static FamilyView Loyalty { get; } = new(KpiFamily.Loyalty, "mart.Loyalty",
    [
        new("active_customers", "Active customers", KpiFamily.Loyalty, Count, true, "ActiveCustomers", null, ChangeTest.Count),
        new("new_customers", "New customers", KpiFamily.Loyalty, Count, true, "NewCustomers", null, ChangeTest.Count),
        new("returning_customers", "Returning customers", KpiFamily.Loyalty, Count, true, "ReturningCustomers", null, ChangeTest.Count),
        new("lapsed_customers", "Lapsed customers", KpiFamily.Loyalty, Count, false, "LapsedCustomers", null, ChangeTest.Count),
        new("reactivated_customers", "Reactivated customers", KpiFamily.Loyalty, Count, true, "ReactivatedCustomers", null, ChangeTest.Count),
        new("revolving_door_ratio", "Revolving door (new / lapsed)", KpiFamily.Loyalty, KpiUnit.Ratio, true, "RevolvingDoorRatio"),
        new("retention_rate", "Retention rate", KpiFamily.Loyalty, Pct, true, "RetentionRate", new("CustomersAtStart", SampleKind.Customers), ChangeTest.Proportion),
        new("churn_rate", "Churn rate", KpiFamily.Loyalty, Pct, false, "ChurnRate", new("CustomersAtStart", SampleKind.Customers), ChangeTest.Proportion),
        new("repeat_purchase_rate", "Repeat purchase rate (12 months)", KpiFamily.Loyalty, Pct, true, "RepeatPurchaseRate12m", new("Buyers12m", SampleKind.Customers), ChangeTest.Proportion),
        new("purchase_frequency", "Purchase frequency", KpiFamily.Loyalty, KpiUnit.Ratio, true, "PurchaseFrequency"),
        new("avg_days_between", "Average days between purchases", KpiFamily.Loyalty, KpiUnit.Days, false, "AvgDaysBetweenPurchases"),
        new("loyalty_members", "Loyalty members", KpiFamily.Loyalty, Count, true, "LoyaltyMembers", null, ChangeTest.Count),
        new("active_member_rate", "Active member rate", KpiFamily.Loyalty, Pct, true, "ActiveMemberRate", new("LoyaltyMembers", SampleKind.Customers), ChangeTest.Proportion),
        new("points_earned", "Points earned", KpiFamily.Loyalty, Count, true, "PointsEarned"),
        new("points_redeemed", "Points redeemed", KpiFamily.Loyalty, Count, true, "PointsRedeemed"),
        new("points_outstanding", "Points outstanding", KpiFamily.Loyalty, Count, false, "PointsOutstanding"),
        new("points_liability", "Points liability (outstanding x point value)", KpiFamily.Loyalty, KpiUnit.Currency, false, "PointsLiability"),
        new("redemption_rate", "Redemption rate", KpiFamily.Loyalty, Pct, true, "RedemptionRate"),
    ],
    ["active_customers", "retention_rate"]);

    public static FamilyView Satisfaction { get; } = new(KpiFamily.Satisfaction, "mart.Satisfaction",
    [
        new("nps", "NPS", KpiFamily.Satisfaction, KpiUnit.Score, true, "Nps", new("NpsResponses", SampleKind.Answers), ChangeTest.Nps),
        new("csat", "CSAT (top-two-box)", KpiFamily.Satisfaction, Pct, true, "CsatRate", new("CsatResponses", SampleKind.Answers), ChangeTest.Proportion),
        new("csat_mean", "CSAT mean (1-5)", KpiFamily.Satisfaction, KpiUnit.Score, true, "CsatMean", new("CsatResponses", SampleKind.Answers)),
        new("ces", "CES mean (1-7)", KpiFamily.Satisfaction, KpiUnit.Score, true, "CesMean", new("CesResponses", SampleKind.Answers)),
        new("ces_easy", "CES easy (5-7)", KpiFamily.Satisfaction, Pct, true, "CesEasyRate", new("CesResponses", SampleKind.Answers), ChangeTest.Proportion),
        new("complaints", "Complaints", KpiFamily.Satisfaction, Count, false, "Complaints", null, ChangeTest.Count),
        new("complaints_per_1000_orders", "Complaints per 1,000 orders", KpiFamily.Satisfaction, KpiUnit.Ratio, false, "ComplaintsPer1000Orders"),
        new("resolution_median_hours", "Resolution time, median (hours)", KpiFamily.Satisfaction, KpiUnit.Score, false, "MedianResolutionHours", new("ResolvedComplaints", SampleKind.Complaints)),
        new("resolution_p90_hours", "Resolution time, 90th percentile (hours)", KpiFamily.Satisfaction, KpiUnit.Score, false, "P90ResolutionHours", new("ResolvedComplaints", SampleKind.Complaints)),
        new("within_sla", "Complaints resolved within SLA", KpiFamily.Satisfaction, Pct, true, "WithinSlaRate", new("Complaints", SampleKind.Complaints), ChangeTest.Proportion),
        new("open_complaints", "Open complaints", KpiFamily.Satisfaction, Count, false, "OpenComplaints", null, ChangeTest.Count),
    ],
    ["nps", "csat"]);

    public static FamilyView Engagement { get; } = new(KpiFamily.Engagement, "mart.Engagement",
    [
        new("sessions", "Sessions", KpiFamily.Engagement, Count, true, "Sessions", null, ChangeTest.Count),
        new("engagement_rate", "Engagement rate", KpiFamily.Engagement, Pct, true, "EngagementRate", new("Sessions", SampleKind.Sessions), ChangeTest.Proportion),
        new("bounce_rate", "Bounce rate", KpiFamily.Engagement, Pct, false, "BounceRate", new("Sessions", SampleKind.Sessions), ChangeTest.Proportion),
        new("conversion_rate", "Conversion rate", KpiFamily.Engagement, Pct, true, "ConversionRate", new("Sessions", SampleKind.Sessions), ChangeTest.Proportion),
        new("identified_share", "Identified share", KpiFamily.Engagement, Pct, true, "IdentifiedShare", new("Sessions", SampleKind.Sessions), ChangeTest.Proportion),
        new("email_delivery_rate", "Email delivery rate", KpiFamily.Engagement, Pct, true, "DeliveryRate", new("EmailsSent", SampleKind.Emails), ChangeTest.Proportion),
        new("email_open_rate", "Email open rate", KpiFamily.Engagement, Pct, true, "OpenRate", new("EmailsDelivered", SampleKind.Emails), ChangeTest.Proportion),
        new("email_click_rate", "Email click rate", KpiFamily.Engagement, Pct, true, "ClickRate", new("EmailsDelivered", SampleKind.Emails), ChangeTest.Proportion),
        new("email_ctor", "Email click-to-open rate", KpiFamily.Engagement, Pct, true, "ClickToOpenRate", new("UniqueOpeners", SampleKind.Emails), ChangeTest.Proportion),
        new("email_unsubscribe_rate", "Email unsubscribe rate", KpiFamily.Engagement, Pct, false, "UnsubscribeRate", new("EmailsDelivered", SampleKind.Emails), ChangeTest.Proportion),
        new("email_complaint_rate", "Email complaint rate", KpiFamily.Engagement, Pct, false, "ComplaintRate", new("EmailsDelivered", SampleKind.Emails), ChangeTest.Proportion),
        new("email_hard_bounce_rate", "Email hard bounce rate", KpiFamily.Engagement, Pct, false, "HardBounceRate", new("EmailsSent", SampleKind.Emails), ChangeTest.Proportion),
        new("email_soft_bounce_rate", "Email soft bounce rate", KpiFamily.Engagement, Pct, false, "SoftBounceRate", new("EmailsSent", SampleKind.Emails), ChangeTest.Proportion),
    ],
    ["sessions", "email_open_rate"]);

    public static FamilyView Profitability { get; } = new(KpiFamily.Profitability, "mart.Profitability",
    [
        new("net_revenue", "Net revenue", KpiFamily.Profitability, KpiUnit.Currency, true, "NetRevenue"),
        new("gross_margin", "Gross margin", KpiFamily.Profitability, KpiUnit.Currency, true, "GrossMargin"),
        new("margin_percent", "Margin %", KpiFamily.Profitability, Pct, true, "MarginRate"),
        new("aov", "Average order value", KpiFamily.Profitability, KpiUnit.Currency, true, "AverageOrderValue"),
        new("revenue_per_active_customer", "Revenue per active customer", KpiFamily.Profitability, KpiUnit.Currency, true, "RevenuePerActiveCustomer"),
        new("historical_clv", "Historical CLV (average)", KpiFamily.Profitability, KpiUnit.Currency, true, "AvgHistoricalClv"),
        new("predicted_clv", "Predictive CLV 12 months (average)", KpiFamily.Profitability, KpiUnit.Currency, true, "AvgPredictedClv12m"),
        new("cac", "Customer acquisition cost", KpiFamily.Profitability, KpiUnit.Currency, false, "CustomerAcquisitionCost"),
    ],
    ["net_revenue", "margin_percent"]);

    /// <summary>The Pareto headline, from mart.ProfitabilityPareto (cut All, Store or Region like the pack's slice).</summary>
    public static HeadlineSpec ParetoShare { get; } =
        new("pareto_top20_share", "Revenue share of the top 20% of customers", KpiFamily.Profitability, Pct, false, "TopFifthRevenueShare");

    public static IReadOnlyList<FamilyView> All { get; } = [Loyalty, Satisfaction, Engagement, Profitability];
}
