namespace CrmInsights.Analytics.Rfm;

/// <summary>One customer's raw recency, frequency and monetary values for a snapshot.</summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="RecencyDays">Days from the last purchase to the snapshot date (fewer is better).</param>
/// <param name="Frequency">Orders in the RFM window.</param>
/// <param name="Monetary">Net revenue (or margin, as the caller chooses) in the RFM window.</param>
public sealed record RfmInput(long CustomerKey, int RecencyDays, int Frequency, decimal Monetary);
