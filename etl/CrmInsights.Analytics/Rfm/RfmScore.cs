namespace CrmInsights.Analytics.Rfm;

/// <summary>One customer's RFM scores and segment.</summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="R">Recency score 1–5 (5 = most recent).</param>
/// <param name="F">Frequency score 1–5 (5 = most orders).</param>
/// <param name="M">Monetary score 1–5 (5 = highest value).</param>
/// <param name="Segment">Segment name from the R×F map.</param>
/// <param name="MapVersion">Version of the segment map that assigned it.</param>
public sealed record RfmScore(long CustomerKey, int R, int F, int M, string Segment, string MapVersion)
{
    /// <summary>The three digits, e.g. "545".</summary>
    public string Cell => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{R}{F}{M}");
}
