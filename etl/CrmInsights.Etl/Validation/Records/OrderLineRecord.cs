namespace CrmInsights.Etl.Validation.Records;

/// <summary>pos/order_lines row (returns have negative quantity).</summary>
public sealed record OrderLineRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>order_id (required).</summary>
    public required string OrderId { get; init; }
    /// <summary>line_number, 1-based (required).</summary>
    public int LineNumber { get; init; }
    /// <summary>ordered_at with its offset (required; landed as UTC).</summary>
    public DateTimeOffset OrderedAt { get; init; }
    /// <summary>store_id (required).</summary>
    public required string StoreId { get; init; }
    /// <summary>customer_id; null = anonymous.</summary>
    public string? CustomerId { get; init; }
    /// <summary>sku (required).</summary>
    public required string Sku { get; init; }
    /// <summary>quantity (required; negative = return).</summary>
    public int Quantity { get; init; }
    /// <summary>unit_price (required).</summary>
    public decimal UnitPrice { get; init; }
    /// <summary>discount_amount.</summary>
    public decimal? DiscountAmount { get; init; }
    /// <summary>tax_amount.</summary>
    public decimal? TaxAmount { get; init; }
    /// <summary>currency.</summary>
    public string? Currency { get; init; }
    /// <summary>unit_cost at time of sale (falls back to the product's in the load).</summary>
    public decimal? UnitCost { get; init; }
    /// <summary>payment_type.</summary>
    public string? PaymentType { get; init; }
    /// <summary>loyalty_points_earned.</summary>
    public int? LoyaltyPointsEarned { get; init; }
    /// <summary>loyalty_points_redeemed.</summary>
    public int? LoyaltyPointsRedeemed { get; init; }
    /// <summary>loyalty_id: resolves the buyer through dim.Customer.LoyaltyId when customer_id is blank.</summary>
    public string? LoyaltyId { get; init; }
    /// <summary>email (normalised): resolves the buyer through dim.Customer.EmailNormalized when customer_id and loyalty_id are blank.</summary>
    public string? Email { get; init; }
}
