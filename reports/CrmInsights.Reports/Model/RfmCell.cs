namespace CrmInsights.Reports.Model;

/// <summary>One cell of the R×F grid (scores 1..5) with its segment, customers and their value.</summary>
/// <param name="Recency">R score 1..5 (5 = most recent).</param>
/// <param name="Frequency">F score 1..5.</param>
/// <param name="Segment">Segment name from the RFM map, e.g. "Champions".</param>
/// <param name="Customers">Customers in the cell.</param>
/// <param name="Revenue">Their net revenue over the trailing 12 months.</param>
public sealed record RfmCell(int Recency, int Frequency, string Segment, int Customers, decimal Revenue);
