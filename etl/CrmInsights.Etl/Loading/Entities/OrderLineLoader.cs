using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// pos/order_lines → fact.SalesLine. Lines naming a sku or store the masters do not have are rejected
/// (<c>unknown_reference</c>; products and stores are not inferred), and so are dates outside dim.Date. Unseen customers
/// become inferred members. A corrected file deletes what its earlier version loaded; an (order, line) another file loaded
/// is replaced, so the natural key never appears twice. The customer key is the version valid when the order was placed.
/// </summary>
public sealed class OrderLineLoader : EntityLoaderBase<OrderLineRecord>
{
    private const string Unresolvable = """
        (NOT EXISTS (SELECT 1 FROM dim.Product AS p WHERE p.Sku = s.Sku)
               OR NOT EXISTS (SELECT 1 FROM dim.Store AS st WHERE st.StoreId = s.StoreId)
               OR NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey))
        """;

    /// <summary>Records lines that cannot resolve their product, store or date in etl.Reject.</summary>
    public static readonly LoadStatement Reject = new("OrderLine.Reject", $"""
        INSERT INTO etl.Reject (BatchId, RowNumber, FieldName, Reason, RawRow, RejectedAtUtc)
        SELECT s.BatchId, s.RowNumber,
            CASE WHEN NOT EXISTS (SELECT 1 FROM dim.Product AS p WHERE p.Sku = s.Sku) THEN 'sku'
                 WHEN NOT EXISTS (SELECT 1 FROM dim.Store AS st WHERE st.StoreId = s.StoreId) THEN 'store_id'
                 ELSE 'ordered_at' END,
            CASE WHEN NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey)
                  AND EXISTS (SELECT 1 FROM dim.Product AS p WHERE p.Sku = s.Sku)
                  AND EXISTS (SELECT 1 FROM dim.Store AS st WHERE st.StoreId = s.StoreId) THEN 'out_of_range'
                 ELSE 'unknown_reference' END,
            CONCAT('order_id=', s.OrderId, ' line_number=', s.LineNumber, ' sku=', s.Sku, ' store_id=', s.StoreId),
            @Now
        FROM stage.PosOrderLine AS s
        WHERE s.BatchId = @BatchId AND {Unresolvable};
        """);

    /// <summary>Net amount (quantity × unit price − discount) of the rejected lines, for reconciliation.</summary>
    public static readonly LoadStatement RejectedAmount = new("OrderLine.RejectedAmount", $"""
        SELECT SUM(s.Quantity * s.UnitPrice - COALESCE(s.DiscountAmount, 0))
        FROM stage.PosOrderLine AS s
        WHERE s.BatchId = @BatchId AND {Unresolvable};
        """);

    /// <summary>A corrected file: deletes the lines its earlier version(s) loaded.</summary>
    public static readonly LoadStatement DeleteEarlierVersions = new("OrderLine.DeleteEarlierVersions", $"""
        DELETE FROM fact.SalesLine
        WHERE BatchId IN ({EarlierBatches});
        """);

    /// <summary>Natural key never twice: deletes lines this batch carries again (a rejected line replaces nothing).</summary>
    /// <remarks>
    /// The <c>OrderId IN</c> conjunct is implied by the EXISTS and changes no result; it lets the engine filter the fact
    /// table with a plain semi-join on the batch's order ids before the correlated check. Without it DuckDB ran the EXISTS
    /// as a delim join over every fact row: 4.5 s instead of 0.28 s for a 100-line batch on 1 M lines (EXPLAIN ANALYZE).
    /// </remarks>
    public static readonly LoadStatement DeleteByNaturalKey = new("OrderLine.DeleteByNaturalKey", $"""
        DELETE FROM fact.SalesLine
        WHERE SalesLine.OrderId IN (SELECT k.OrderId FROM stage.PosOrderLine AS k WHERE k.BatchId = @BatchId)
          AND EXISTS (SELECT 1 FROM stage.PosOrderLine AS s
                      WHERE s.BatchId = @BatchId AND s.OrderId = SalesLine.OrderId AND s.LineNumber = SalesLine.LineNumber
                        AND NOT {Unresolvable});
        """);

    /// <summary>Creates inferred members for customer ids the warehouse has not seen.</summary>
    public static readonly LoadStatement InferCustomers = new("OrderLine.InferCustomers", """
        INSERT INTO dim.Customer (CustomerId, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred, BatchId)
        SELECT DISTINCT s.CustomerId, 0, @BeginningOfTime, @EndOfTime, 1, 1, @BatchId
        FROM stage.PosOrderLine AS s
        WHERE s.BatchId = @BatchId AND s.CustomerId IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId);
        """);

    /// <summary>Inserts the lines with surrogate keys; the customer version is the one valid at ordered_at.</summary>
    public static readonly LoadStatement Insert = new("OrderLine.Insert", """
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice,
            DiscountAmount, TaxAmount, UnitCost, Currency, PaymentType, PointsEarned, PointsRedeemed, BatchId)
        SELECT s.OrderId, s.LineNumber, s.OrderedAtUtc, s.DateKey,
            CASE WHEN s.CustomerId IS NULL THEN -1
                 ELSE COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                                WHERE c.CustomerId = s.CustomerId AND c.ValidFromUtc <= s.OrderedAtUtc AND c.ValidToUtc > s.OrderedAtUtc), -1) END,
            p.ProductKey, st.StoreKey, s.Quantity, s.UnitPrice, COALESCE(s.DiscountAmount, 0), COALESCE(s.TaxAmount, 0),
            COALESCE(s.UnitCost, p.UnitCost), COALESCE(s.Currency, @Currency), s.PaymentType,
            COALESCE(s.PointsEarned, 0), COALESCE(s.PointsRedeemed, 0), @BatchId
        FROM stage.PosOrderLine AS s
        INNER JOIN dim.Product AS p ON p.Sku = s.Sku
        INNER JOIN dim.Store AS st ON st.StoreId = s.StoreId
        INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
        WHERE s.BatchId = @BatchId;
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.OrderLines;

    /// <inheritdoc/>
    public override string StageTable => "PosOrderLine";

    /// <inheritdoc/>
    public override string? FactTable => "fact.SalesLine";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
    [
        "BatchId", "RowNumber", "OrderId", "LineNumber", "OrderedAtUtc", "DateKey", "StoreId", "CustomerId", "Sku", "Quantity", "UnitPrice",
        "DiscountAmount", "TaxAmount", "Currency", "UnitCost", "PaymentType", "PointsEarned", "PointsRedeemed",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } =
        [Reject, RejectedAmount, DeleteEarlierVersions, DeleteByNaturalKey, InferCustomers, Insert];

    /// <inheritdoc/>
    protected override LoadStatement RejectStatement => Reject;

    /// <inheritdoc/>
    protected override LoadStatement RejectedAmountStatement => RejectedAmount;

    /// <inheritdoc/>
    protected override object?[] Row(OrderLineRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.OrderId, r.LineNumber, r.OrderedAt.UtcDateTime, calendar.DateKey(r.OrderedAt), r.StoreId, r.CustomerId, r.Sku,
        r.Quantity, r.UnitPrice, r.DiscountAmount, r.TaxAmount, r.Currency, r.UnitCost, r.PaymentType, r.LoyaltyPointsEarned, r.LoyaltyPointsRedeemed,
    ];

    /// <inheritdoc/>
    protected override decimal? AmountOf(OrderLineRecord r) => (r.Quantity * r.UnitPrice) - (r.DiscountAmount ?? 0m);
}
