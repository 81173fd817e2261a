namespace CrmInsights.Reports.Model;

/// <summary>
/// A campaign's result against its holdout (mart.CampaignUplift): treatment minus control, with the 95% interval. Rates
/// and uplifts are null for an empty group (no holdout), never 0.
/// </summary>
/// <param name="ConversionUplift">Treatment minus control conversion rate (0-1 scale).</param>
/// <param name="ConversionLow">Lower end of its 95% interval (Newcombe).</param>
/// <param name="ConversionHigh">Upper end of its 95% interval.</param>
/// <param name="RevenuePerMember">Treatment minus control revenue per member.</param>
/// <param name="IncrementalRevenue">RevenuePerMember x treatment members.</param>
/// <param name="IsSmallSample">A group is empty or has fewer than 5 converters or non-converters: the interval is not to be trusted.</param>
public sealed record HoldoutUplift(
    long TreatmentMembers,
    long ControlMembers,
    decimal? ConversionUplift,
    decimal? ConversionLow,
    decimal? ConversionHigh,
    decimal? RevenuePerMember,
    decimal? IncrementalRevenue,
    bool IsSmallSample);
