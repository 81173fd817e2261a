namespace CrmInsights.Analytics.Clv;

/// <summary>
/// One order of one customer, as read from the warehouse: the customer's surrogate key, the
/// order's business date and its net value (return-only orders are not purchases and are filtered out upstream).
/// </summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="Date">Business-local order date.</param>
/// <param name="Value">Net order value in the reporting currency; 0 or less (fully discounted) still makes the day a purchase day, without spend.</param>
public readonly record struct CustomerPurchase(long CustomerKey, DateOnly Date, decimal Value);
