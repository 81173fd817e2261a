using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// Which mart view column each headline KPI of the pack is: the mapping from the KPI catalog to
/// the views (mart.Loyalty, mart.Satisfaction, mart.Engagement, mart.Profitability). Values are
/// read as the views return them, so every cell equals the SELECT: every rate and share is a
/// 0..1 fraction in the views (<see cref="KpiUnit.Percent"/>), which the workbook shows with an
/// Excel % format; NPS stays on its own −100..100 scale (<see cref="KpiUnit.Score"/>).
/// </summary>
internal static class KpiCatalogViews
{
    private const KpiUnit Count = KpiUnit.Count;
    private const KpiUnit Pct = KpiUnit.Percent;

    public static FamilyView Loyalty { get; } = new(KpiFamily.Loyalty, "mart.Loyalty",
    [
        new("active_customers", "Active customers", KpiFamily.Loyalty, Count, true, "ActiveCustomers"),
        new("new_customers", "New customers", KpiFamily.Loyalty, Count, true, "NewCustomers"),
        new("returning_customers", "Returning customers", KpiFamily.Loyalty, Count, true, "ReturningCustomers"),
        new("lapsed_customers", "Lapsed customers", KpiFamily.Loyalty, Count, false, "LapsedCustomers"),
        new("revolving_door_ratio", "Revolving door (new / lapsed)", KpiFamily.Loyalty, KpiUnit.Ratio, true, "RevolvingDoorRatio"),
        new("retention_rate", "Retention rate", KpiFamily.Loyalty, Pct, true, "RetentionRate"),
        new("churn_rate", "Churn rate", KpiFamily.Loyalty, Pct, false, "ChurnRate"),
        new("repeat_purchase_rate", "Repeat purchase rate (12 months)", KpiFamily.Loyalty, Pct, true, "RepeatPurchaseRate12m"),
        new("purchase_frequency", "Purchase frequency", KpiFamily.Loyalty, KpiUnit.Ratio, true, "PurchaseFrequency"),
        new("avg_days_between", "Average days between purchases", KpiFamily.Loyalty, KpiUnit.Days, false, "AvgDaysBetweenPurchases"),
        new("loyalty_members", "Loyalty members", KpiFamily.Loyalty, Count, true, "LoyaltyMembers"),
        new("active_member_rate", "Active member rate", KpiFamily.Loyalty, Pct, true, "ActiveMemberRate"),
        new("points_earned", "Points earned", KpiFamily.Loyalty, Count, true, "PointsEarned"),
        new("points_redeemed", "Points redeemed", KpiFamily.Loyalty, Count, true, "PointsRedeemed"),
        new("points_outstanding", "Points outstanding", KpiFamily.Loyalty, Count, false, "PointsOutstanding"),
        new("redemption_rate", "Redemption rate", KpiFamily.Loyalty, Pct, true, "RedemptionRate"),
    ],
    ["active_customers", "retention_rate"]);

    public static FamilyView Satisfaction { get; } = new(KpiFamily.Satisfaction, "mart.Satisfaction",
    [
        new("nps", "NPS", KpiFamily.Satisfaction, KpiUnit.Score, true, "Nps"),
        new("csat", "CSAT (top-two-box)", KpiFamily.Satisfaction, Pct, true, "CsatRate"),
        new("csat_mean", "CSAT mean (1-5)", KpiFamily.Satisfaction, KpiUnit.Score, true, "CsatMean"),
        new("ces", "CES mean (1-7)", KpiFamily.Satisfaction, KpiUnit.Score, true, "CesMean"),
        new("ces_easy", "CES easy (5-7)", KpiFamily.Satisfaction, Pct, true, "CesEasyRate"),
        new("complaints", "Complaints", KpiFamily.Satisfaction, Count, false, "Complaints"),
        new("complaints_per_1000_orders", "Complaints per 1,000 orders", KpiFamily.Satisfaction, KpiUnit.Ratio, false, "ComplaintsPer1000Orders"),
        new("resolution_median_hours", "Resolution time, median (hours)", KpiFamily.Satisfaction, KpiUnit.Score, false, "MedianResolutionHours"),
        new("resolution_p90_hours", "Resolution time, 90th percentile (hours)", KpiFamily.Satisfaction, KpiUnit.Score, false, "P90ResolutionHours"),
        new("within_sla", "Complaints resolved within SLA", KpiFamily.Satisfaction, Pct, true, "WithinSlaRate"),
        new("open_complaints", "Open complaints", KpiFamily.Satisfaction, Count, false, "OpenComplaints"),
    ],
    ["nps", "csat"]);

    public static FamilyView Engagement { get; } = new(KpiFamily.Engagement, "mart.Engagement",
    [
        new("sessions", "Sessions", KpiFamily.Engagement, Count, true, "Sessions"),
        new("engagement_rate", "Engagement rate", KpiFamily.Engagement, Pct, true, "EngagementRate"),
        new("bounce_rate", "Bounce rate", KpiFamily.Engagement, Pct, false, "BounceRate"),
        new("conversion_rate", "Conversion rate", KpiFamily.Engagement, Pct, true, "ConversionRate"),
        new("identified_share", "Identified share", KpiFamily.Engagement, Pct, true, "IdentifiedShare"),
        new("email_delivery_rate", "Email delivery rate", KpiFamily.Engagement, Pct, true, "DeliveryRate"),
        new("email_open_rate", "Email open rate", KpiFamily.Engagement, Pct, true, "OpenRate"),
        new("email_click_rate", "Email click rate", KpiFamily.Engagement, Pct, true, "ClickRate"),
        new("email_ctor", "Email click-to-open rate", KpiFamily.Engagement, Pct, true, "ClickToOpenRate"),
        new("email_unsubscribe_rate", "Email unsubscribe rate", KpiFamily.Engagement, Pct, false, "UnsubscribeRate"),
        new("email_complaint_rate", "Email complaint rate", KpiFamily.Engagement, Pct, false, "ComplaintRate"),
        new("email_hard_bounce_rate", "Email hard bounce rate", KpiFamily.Engagement, Pct, false, "HardBounceRate"),
        new("email_soft_bounce_rate", "Email soft bounce rate", KpiFamily.Engagement, Pct, false, "SoftBounceRate"),
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
