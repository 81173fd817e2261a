namespace CrmInsights.Reports.Model;

/// <summary>One email campaign of the pack's quarter (mart.CampaignPerformance): its funnel, what it earned and its ROI.</summary>
/// <param name="SentMonth">The campaign's send month.</param>
/// <param name="Delivered">Messages delivered; the n behind its rates (<see cref="Sample"/>).</param>
/// <param name="Margin">Attributed margin; null while an attributed order has an uncosted line.</param>
/// <param name="Cost">Campaign cost; null when unknown.</param>
/// <param name="Roi">(Margin - Cost) / Cost; null without a cost or margin.</param>
public sealed record CampaignRow(
    ReportPeriod SentMonth,
    string CampaignId,
    string Name,
    long Delivered,
    decimal? OpenRate,
    decimal? ClickRate,
    long Orders,
    decimal Revenue,
    decimal? Margin,
    decimal? Cost,
    decimal? RevenuePerDelivered,
    decimal? Roi,
    SampleSize Sample)
{
    /// <summary>The result against the campaign's holdout; null when it has no audience file (email/audiences).</summary>
    public HoldoutUplift? Holdout { get; init; }

    /// <summary>Why a figure is missing or weak, for the sheet's note column (empty when nothing to say).</summary>
    public string Note => string.Join("; ", new[]
    {
        Sample.IsSmall ? $"⚠ small sample: {Sample.N:#,##0} delivered (minimum {Sample.Minimum})" : null,
        Cost is null ? "no cost recorded: ROI unknown" : null,
        Margin is null ? "an attributed order has no unit cost: margin and ROI unknown" : null,
        Holdout is { ControlMembers: 0 } ? "no holdout in its audience: uplift unknown" : null,
        Holdout is { ControlMembers: > 0, IsSmallSample: true } h
            ? $"⚠ small holdout: {h.TreatmentMembers:#,##0} treated vs {h.ControlMembers:#,##0} held out, under 5 buyers or non-buyers in a group" : null,
    }.Where(n => n is not null));
}
