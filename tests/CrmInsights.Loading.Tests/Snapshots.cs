namespace CrmInsights.Loading.Tests;

/// <summary>Queries that show warehouse content by natural keys (no surrogate keys or batch ids), ordered.</summary>
internal static class Snapshots
{
    private const string CustomerRef = "(SELECT CONCAT(c.CustomerId, '@', CAST(c.ValidFromUtc AS VARCHAR)) FROM dim.Customer c WHERE c.CustomerKey = f.CustomerKey)";

    public static readonly (string Name, string Sql)[] Queries =
    [
        ("customer", """
            SELECT CustomerId, LoyaltyId, Email, EmailNormalized, Phone, FirstName, LastName, BirthDate, City, Region, Country, SignupDate, SignupDateKey,
                LoyaltyTier, MarketingOptIn, SourceUpdatedAtUtc, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred
            FROM dim.Customer ORDER BY CustomerId, ValidFromUtc
            """),
        ("product", "SELECT Sku, ProductName, Category, UnitCost, ListPrice, SourceUpdatedAtUtc, IsInferred FROM dim.Product ORDER BY Sku"),
        ("store", "SELECT StoreId, StoreName, Channel, City, IsInferred FROM dim.Store ORDER BY StoreId"),
        ("campaign", "SELECT CampaignId, CampaignName, Subject, SentAtUtc, Cost, IsInferred FROM dim.Campaign ORDER BY CampaignId"),
        ("sales", $"""
            SELECT f.OrderId, f.LineNumber, f.OrderedAtUtc, f.DateKey, {CustomerRef},
                (SELECT p.Sku FROM dim.Product p WHERE p.ProductKey = f.ProductKey), (SELECT s.StoreId FROM dim.Store s WHERE s.StoreKey = f.StoreKey),
                f.Quantity, f.UnitPrice, f.DiscountAmount, f.TaxAmount, f.UnitCost, f.Currency, f.PointsEarned
            FROM fact.SalesLine f ORDER BY f.OrderId, f.LineNumber
            """),
        ("email", $"""
            SELECT f.EventId, f.EventType, f.EventAtUtc, f.DateKey, (SELECT c.CampaignId FROM dim.Campaign c WHERE c.CampaignKey = f.CampaignKey),
                {CustomerRef}, f.Url, f.BounceType, f.IsMachineOpen
            FROM fact.EmailEvent f ORDER BY f.EventId
            """),
        ("survey", $"""
            SELECT f.ResponseId, f.RecordedAtUtc, f.DateKey, {CustomerRef}, f.TouchpointKey, f.Nps, f.Csat, f.Ces, f.IsComplaint, f.ResolutionHours, f.Comment
            FROM fact.SurveyResponse f ORDER BY f.ResponseId
            """),
        ("webevent", "SELECT UserPseudoId, GaSessionId, EventTimestampMicros, EventName, UserId, Value FROM fact.WebEvent ORDER BY 1, 2, 3, 4"),
        ("session", $"""
            SELECT f.UserPseudoId, f.GaSessionId, f.SessionStartUtc, f.SessionEndUtc, f.DateKey, {CustomerRef}, f.EventCount, f.PageViews,
                f.EngagementTimeMsec, f.IsEngaged, f.HasPurchase, f.PurchaseValue, f.Source, f.LandingPage
            FROM fact.WebSession f ORDER BY f.UserPseudoId, f.GaSessionId
            """),
        ("reject", "SELECT b.Source, b.Entity, b.FileName, r.RowNumber, r.FieldName, r.Reason FROM etl.Reject r JOIN etl.Batch b ON b.BatchId = r.BatchId ORDER BY 1, 2, 3, 4"),
        ("watermark", "SELECT Source, Entity, WatermarkValue FROM etl.Watermark ORDER BY 1, 2"),
        ("stage", """
            SELECT 'PosOrderLine', COUNT(*) FROM stage.PosOrderLine UNION ALL SELECT 'PosCustomer', COUNT(*) FROM stage.PosCustomer
            UNION ALL SELECT 'WebEvent', COUNT(*) FROM stage.WebEvent UNION ALL SELECT 'WebSessionKey', COUNT(*) FROM stage.WebSessionKey
            UNION ALL SELECT 'EmailEvent', COUNT(*) FROM stage.EmailEvent UNION ALL SELECT 'SurveyResponse', COUNT(*) FROM stage.SurveyResponse
            """),
    ];
}
