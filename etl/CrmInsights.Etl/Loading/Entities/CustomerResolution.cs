namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// The one rule by which a fact that may name its customer without customer_id resolves it (order lines and survey
/// responses; SOURCES.md: loyalty_id reaches the customer): customer_id as given; else the loaded (not inferred) customer
/// carrying the row's loyalty id; else the one carrying its normalised email; else the inferred member the stage row names
/// (<c>InferredCustomerId</c>, from <see cref="InferredIdentity"/>), in one statement (<see cref="Resolve"/>), which <see cref="InferMembers"/> creates and the
/// master record carrying the same loyalty id or email adopts (<see cref="CustomerLoader.AdoptInferredByLoyaltyId"/>).
/// The stage table needs CustomerId, LoyaltyId, EmailNormalized and InferredCustomerId; each statement is named
/// <c>&lt;entity&gt;.&lt;step&gt;</c> so logs and fault injection keep telling the entities apart.
/// </summary>
public static class CustomerResolution
{
    /// <summary>
    /// Names the customer of rows without customer_id: the loaded (not inferred) customer carrying the row's loyalty id, else
    /// the one carrying its normalised email, else the inferred member the row names (loyalty:&lt;id&gt; / email:&lt;hash&gt;).
    /// </summary>
    /// <remarks>One statement in that order (COALESCE), not three: each costs its round trip on every batch.</remarks>
    public static LoadStatement Resolve(string entity, string stage) => new($"{entity}.ResolveCustomers", $"""
        UPDATE stage.{stage}
        SET CustomerId = COALESCE(
            (SELECT MIN(c.CustomerId) FROM dim.Customer AS c
             WHERE c.LoyaltyId = {stage}.LoyaltyId AND c.CustomerKey <> -1 AND c.IsInferred = 0),
            (SELECT MIN(c.CustomerId) FROM dim.Customer AS c
             WHERE c.EmailNormalized = {stage}.EmailNormalized AND c.CustomerKey <> -1 AND c.IsInferred = 0),
            {stage}.InferredCustomerId)
        WHERE {stage}.BatchId = @BatchId AND {stage}.CustomerId IS NULL
          AND ({stage}.LoyaltyId IS NOT NULL OR {stage}.EmailNormalized IS NOT NULL OR {stage}.InferredCustomerId IS NOT NULL);
        """);

    /// <summary>
    /// Creates inferred members for the customer ids the warehouse has not seen, from the stage rows (alias <c>s</c>) that
    /// <paramref name="loads"/> keeps (a rejected row infers nobody; null when the stage holds only rows that load), with
    /// the loyalty id and email they were named by, so the master record carrying either adopts the member and later facts
    /// naming either resolve to it.
    /// </summary>
    public static LoadStatement InferMembers(string entity, string stage, string? loads = null) => new($"{entity}.InferCustomers", $"""
        INSERT INTO dim.Customer (CustomerId, LoyaltyId, Email, EmailNormalized, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred, BatchId)
        SELECT s.CustomerId, MIN(s.LoyaltyId), MIN(s.EmailNormalized), MIN(s.EmailNormalized), NULL, @BeginningOfTime, @EndOfTime, 1, 1, @BatchId
        FROM stage.{stage} AS s
        WHERE s.BatchId = @BatchId AND s.CustomerId IS NOT NULL{(loads is null ? "" : " AND " + loads)}
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId)
        GROUP BY s.CustomerId;
        """);

    private static LoadStatement By(string entity, string stage, string step, string column) => new($"{entity}.{step}", $"""
        UPDATE stage.{stage}
        SET CustomerId = (SELECT MIN(c.CustomerId) FROM dim.Customer AS c
                          WHERE c.{column} = {stage}.{column} AND c.CustomerKey <> -1 AND c.IsInferred = 0)
        WHERE {stage}.BatchId = @BatchId AND {stage}.CustomerId IS NULL AND {stage}.{column} IS NOT NULL
          AND EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.{column} = {stage}.{column} AND c.CustomerKey <> -1 AND c.IsInferred = 0);
        """);
}
