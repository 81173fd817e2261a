namespace CrmInsights.Analytics.Snapshot;

/// <summary>
/// The derive's offer step (listed in <see cref="SnapshotSql.All"/>, so the catalogue test parses it), public so that
/// <c>crm-insights benchmark affinity</c> times the very statement the derive sends.
/// </summary>
public static class NextBestOfferSql
{
    /// <summary>Removes the offers of every month from @fromMonth on.</summary>
    public const string DeleteOffers = "DELETE FROM fact.NextBestOffer WHERE YearMonthKey >= @fromMonth";

    /// <summary>Materialises the offers of the months [@offerFrom, @toMonth] from etl.NextBestOfferSource.</summary>
    public const string WriteOffers = """
        INSERT INTO fact.NextBestOffer (
            YearMonthKey, CustomerId, OfferRank, OfferItem, OfferName, BecauseItem, BecauseName,
            Confidence, Lift, BecauseOrders, OrdersWithBoth, WindowMonths, DerivedAtUtc)
        SELECT
            s.YearMonthKey, s.CustomerId, s.OfferRank, s.OfferItem, s.OfferName, s.BecauseItem, s.BecauseName,
            s.Confidence, s.Lift, s.BecauseOrders, s.OrdersWithBoth, s.WindowMonths, @now
        FROM etl.NextBestOfferSource AS s
        WHERE s.YearMonthKey >= @offerFrom AND s.YearMonthKey <= @toMonth
        """;
}
