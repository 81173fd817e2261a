namespace CrmInsights.Tests.Shared;

/// <summary>
/// The hand-built mart fixture (5 customers, 7 orders, 8 survey responses, 3 sessions, one campaign) that the
/// marts tests work their expected values out from and the report tests build packs from: one copy, linked
/// into both test projects, so the hand-worked numbers in both stay about the same rows.
/// </summary>
internal static class MartFixtureRows
{
    public const string Sql = """
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North'), (2, 'S2', 'Web shop', 'online', 'South');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 4, 10);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, LoyaltyId, Email, FirstName, LastName, BirthDate, Region, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES (1, 'C1', 'L1', 'c1@example.com', 'Ann', 'One', DATE '1990-04-15', 'North', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (2, 'C2', NULL, 'c2@example.com', 'Bob', 'Two', DATE '1985-04-02', 'South', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (3, 'C3', 'L3', 'c3@example.com', 'Cy', 'Three', DATE '1970-04-10', 'North', false, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (4, 'C4', NULL, 'c4@example.com', 'Di', 'Four', NULL, 'South', false, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (5, 'C5', NULL, 'c5@example.com', 'Ed', 'Five', DATE '2000-05-01', 'South', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true);
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        VALUES ('O1', 1, TIMESTAMP '2025-01-05 10:00:00', 20250105, 1, 1, 1, 2, 10, 0, 0, 4, 'GBP', 20, 0, 1),
               ('O2', 1, TIMESTAMP '2025-01-20 10:00:00', 20250120, 2, 1, 2, 1, 30, 5, 0, 4, 'GBP', 25, 0, 1),
               ('O3', 1, TIMESTAMP '2025-02-10 10:00:00', 20250210, 1, 1, 2, 1, 40, 0, 0, 4, 'GBP', 10, 20, 1),
               ('O4', 1, TIMESTAMP '2025-02-10 11:00:00', 20250210, 4, 1, 1, -1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O5', 1, TIMESTAMP '2025-03-01 10:00:00', 20250301, 2, 1, 2, 3, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O6', 1, TIMESTAMP '2025-03-15 10:00:00', 20250315, -1, 1, 1, 1, 50, 0, 0, NULL, 'GBP', 0, 0, 1),
               ('O7', 1, TIMESTAMP '2025-03-20 10:00:00', 20250320, 3, 1, 1, 1, 20, 0, 0, 4, 'GBP', 0, 0, 1);
        INSERT INTO fact.SurveyResponse (ResponseId, RecordedAtUtc, DateKey, CustomerKey, TouchpointKey, Nps, Csat, Ces, IsComplaint, ResolvedAtUtc, ResolvedDateKey, ResolutionHours, Comment, BatchId)
        VALUES ('R1', TIMESTAMP '2025-02-12 09:00:00', 20250212, 1, 1, 10, 5, 6, false, NULL, NULL, NULL, NULL, 1),
               ('R2', TIMESTAMP '2025-02-15 09:00:00', 20250215, 2, 2, 9, 4, 3, false, NULL, NULL, NULL, NULL, 1),
               ('R3', TIMESTAMP '2025-02-20 09:00:00', 20250220, 5, 3, 4, 2, NULL, true, TIMESTAMP '2025-02-20 19:00:00', 20250220, 10, 'late', 1),
               ('R4', TIMESTAMP '2025-02-25 09:00:00', 20250225, -1, 4, 10, NULL, NULL, false, NULL, NULL, NULL, NULL, 1),
               ('R5', TIMESTAMP '2025-03-05 09:00:00', 20250305, 2, 1, 6, NULL, NULL, true, TIMESTAMP '2025-03-07 21:00:00', 20250307, 60, NULL, 1),
               ('R6', TIMESTAMP '2025-03-10 09:00:00', 20250310, 3, 2, 8, NULL, NULL, true, TIMESTAMP '2025-03-11 05:00:00', 20250311, 20, NULL, 1),
               ('R7', TIMESTAMP '2025-03-18 09:00:00', 20250318, 1, 2, 3, NULL, NULL, true, NULL, NULL, NULL, '=HYPERLINK("x")', 1),
               ('R8', TIMESTAMP '2025-03-19 09:00:00', 20250319, 3, 2, 10, NULL, NULL, false, NULL, NULL, NULL, NULL, 1);
        INSERT INTO fact.WebSession (UserPseudoId, GaSessionId, SessionStartUtc, SessionEndUtc, DateKey, CustomerKey, EventCount, PageViews, EngagementTimeMsec, IsEngaged, HasPurchase, BatchId)
        VALUES ('u1', 1, TIMESTAMP '2025-01-10 10:00:00', TIMESTAMP '2025-01-10 10:05:00', 20250110, 1, 5, 3, 20000, true, false, 1),
               ('u2', 2, TIMESTAMP '2025-01-12 10:00:00', TIMESTAMP '2025-01-12 10:00:05', 20250112, -1, 1, 1, 2000, false, false, 1),
               ('u3', 3, TIMESTAMP '2025-02-03 10:00:00', TIMESTAMP '2025-02-03 10:09:00', 20250203, 2, 9, 4, 90000, true, true, 1);
        INSERT INTO dim.Campaign (CampaignKey, CampaignId, CampaignName, SentAtUtc, SentDateKey, Cost) VALUES (1, 'K1', 'Spring', TIMESTAMP '2025-03-02 08:00:00', 20250302, 100);
        INSERT INTO fact.EmailEvent (EventId, EventType, EventAtUtc, DateKey, CampaignKey, CustomerKey, BounceType, IsMachineOpen, BatchId)
        VALUES ('E1', 'processed', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 1, NULL, false, 1),
               ('E2', 'delivered', TIMESTAMP '2025-03-02 08:00:01', 20250302, 1, 1, NULL, false, 1),
               ('E3', 'open', TIMESTAMP '2025-03-02 09:00:00', 20250302, 1, 1, NULL, false, 1),
               ('E4', 'click', TIMESTAMP '2025-03-03 09:00:00', 20250303, 1, 1, NULL, false, 1),
               ('E5', 'processed', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 2, NULL, false, 1),
               ('E6', 'delivered', TIMESTAMP '2025-03-02 08:00:01', 20250302, 1, 2, NULL, false, 1),
               ('E7', 'open', TIMESTAMP '2025-03-02 08:00:02', 20250302, 1, 2, NULL, true, 1),
               ('E8', 'processed', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 3, NULL, false, 1),
               ('E9', 'bounce', TIMESTAMP '2025-03-02 08:00:01', 20250302, 1, 3, 'hard', false, 1);
        """;
}
