using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

public sealed partial class MartKpiPackFactory
{
    /// <summary>
    /// The campaigns sent in the report month and the two before (their attributed orders can come weeks later), best ROI
    /// first; a campaign without a ROI (no cost, unknown margin) after those with one, by attributed revenue.
    /// </summary>
    private async Task<IReadOnlyList<CampaignRow>> CampaignsAsync(MartQuery query, ReportPeriod period, CancellationToken cancellationToken)
    {
        var rows = await query.RowsAsync(MartSql.Campaigns, cancellationToken, ("fromMonth", Key(period.AddMonths(-2))), ("toMonth", Key(period)));
        return rows
            .Select(r => new CampaignRow(
                new ReportPeriod(r.Int("YearMonthKey") / 100, r.Int("YearMonthKey") % 100), r.Str("CampaignId")!, r.Str("CampaignName") ?? r.Str("CampaignId")!,
                r.Long("Delivered"), r.Dec("OpenRate"), r.Dec("ClickRate"), r.Long("AttributedOrders"), r.Dec("AttributedRevenue") ?? 0,
                r.Dec("AttributedMargin"), r.Dec("Cost"), r.Dec("RevenuePerDelivered"), r.Dec("Roi"),
                new SampleSize(SampleKind.Emails, r.Long("Delivered"), options.MinimumSamples.Emails))
            {
                Holdout = r.Str("TreatmentMembers") is null ? null : new HoldoutUplift(r.Long("TreatmentMembers"), r.Long("ControlMembers"),
                    r.Dec("ConversionUplift"), r.Dec("ConversionUpliftLow"), r.Dec("ConversionUpliftHigh"), r.Dec("RevenueUpliftPerMember"),
                    r.Dec("IncrementalRevenue"), r.Long("IsSmallSample") == 1),
            })
            .OrderBy(c => c.Roi is null)
            .ThenByDescending(c => c.Roi)
            .ThenByDescending(c => c.Revenue)
            .ThenBy(c => c.CampaignId, StringComparer.Ordinal)
            .ToList();
    }
}
