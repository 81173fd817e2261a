namespace CrmInsights.Analytics.Clv;

/// <summary>
/// One order of one customer, as read from the warehouse: the customer's surrogate key, the
/// order's business date and its net value (positive; fully returned orders are filtered out upstream).
/// </summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="Date">Business-local order date.</param>
/// <param name="Value">Net order value in the reporting currency; must be positive.</param>
public readonly record struct CustomerPurchase(long CustomerKey, DateOnly Date, decimal Value);
