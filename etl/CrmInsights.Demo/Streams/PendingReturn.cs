namespace CrmInsights.Demo.Streams;

/// <summary>A line that will come back on a later day (held at most 28 days).</summary>
internal readonly record struct PendingReturn(
    long OrderSeq, int Customer, int Store, int Product, int Quantity, decimal UnitPrice, decimal Discount, decimal UnitCost, int Points, bool Online);
