using CrmInsights.Etl.Loading;

namespace CrmInsights.Etl.Checks;

/// <summary>The checks run after every load: keys, references, SCD2 windows, accepted values, balances, freshness.</summary>
public static class DataCheckCatalog
{
    /// <summary>Every check.</summary>
    public static IReadOnlyList<DataCheck> All { get; } =
    [
        Error("customer_one_current_version", "Each customer id has exactly one current version.", """
            SELECT CustomerId, SUM(CASE WHEN IsCurrent = 1 THEN 1 ELSE 0 END) AS CurrentVersions
            FROM dim.Customer GROUP BY CustomerId HAVING SUM(CASE WHEN IsCurrent = 1 THEN 1 ELSE 0 END) <> 1;
            """),
        Error("customer_scd2_windows_valid", "Every customer version has ValidFromUtc < ValidToUtc, and only the current one ends at the end of time.", """
            SELECT CustomerKey, CustomerId, ValidFromUtc, ValidToUtc, IsCurrent FROM dim.Customer
            WHERE ValidFromUtc >= ValidToUtc OR (IsCurrent = 1 AND ValidToUtc <> @EndOfTime) OR (IsCurrent = 0 AND ValidToUtc = @EndOfTime);
            """),
        Error("customer_scd2_no_overlap", "Versions of one customer never overlap in time.", """
            SELECT a.CustomerId, a.CustomerKey AS FirstKey, b.CustomerKey AS SecondKey
            FROM dim.Customer AS a
            INNER JOIN dim.Customer AS b ON b.CustomerId = a.CustomerId AND b.CustomerKey > a.CustomerKey
            WHERE a.ValidFromUtc < b.ValidToUtc AND b.ValidFromUtc < a.ValidToUtc;
            """),
        Error("dimension_keys_unique", "Natural keys of type-1 dimensions are unique and not blank.", """
            SELECT 'dim.Product' AS TableName, Sku AS NaturalKey, COUNT(*) AS Rows FROM dim.Product GROUP BY Sku HAVING COUNT(*) > 1 OR Sku = ''
            UNION ALL
            SELECT 'dim.Store', StoreId, COUNT(*) FROM dim.Store GROUP BY StoreId HAVING COUNT(*) > 1 OR StoreId = ''
            UNION ALL
            SELECT 'dim.Campaign', CampaignId, COUNT(*) FROM dim.Campaign GROUP BY CampaignId HAVING COUNT(*) > 1 OR CampaignId = '';
            """),
        Error("fact_natural_keys_unique", "A fact's natural key (order and line, event id, response id, invitation id, session, campaign audience member) appears once.", """
            SELECT 'fact.SalesLine' AS TableName, CONCAT(OrderId, '/', LineNumber) AS NaturalKey, COUNT(*) AS Rows
            FROM fact.SalesLine GROUP BY OrderId, LineNumber HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'fact.EmailEvent', EventId, COUNT(*) FROM fact.EmailEvent GROUP BY EventId HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'fact.SurveyResponse', ResponseId, COUNT(*) FROM fact.SurveyResponse GROUP BY ResponseId HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'fact.SurveyInvitation', InvitationId, COUNT(*) FROM fact.SurveyInvitation GROUP BY InvitationId HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'fact.WebSession', CONCAT(UserPseudoId, '/', GaSessionId), COUNT(*) FROM fact.WebSession GROUP BY UserPseudoId, GaSessionId HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'fact.WebEvent', CONCAT(UserPseudoId, '/', GaSessionId, '/', EventTimestampMicros, '/', EventName), COUNT(*)
            FROM fact.WebEvent GROUP BY UserPseudoId, GaSessionId, EventTimestampMicros, EventName HAVING COUNT(*) > 1
            UNION ALL
            SELECT 'fact.CampaignAudience', CONCAT(CampaignKey, '/', EmailNormalized), COUNT(*)
            FROM fact.CampaignAudience GROUP BY CampaignKey, EmailNormalized HAVING COUNT(*) > 1;
            """),
        Error("fact_keys_resolve", "Every dimension key of every fact row resolves to a dimension row.", """
            SELECT 'fact.SalesLine' AS TableName, f.SalesLineKey AS FactKey FROM fact.SalesLine AS f
            WHERE NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerKey = f.CustomerKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Product AS p WHERE p.ProductKey = f.ProductKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Store AS s WHERE s.StoreKey = f.StoreKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = f.DateKey)
            UNION ALL
            SELECT 'fact.EmailEvent', f.EmailEventKey FROM fact.EmailEvent AS f
            WHERE NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerKey = f.CustomerKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Campaign AS p WHERE p.CampaignKey = f.CampaignKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = f.DateKey)
            UNION ALL
            SELECT 'fact.SurveyResponse', f.SurveyResponseKey FROM fact.SurveyResponse AS f
            WHERE NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerKey = f.CustomerKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Touchpoint AS t WHERE t.TouchpointKey = f.TouchpointKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = f.DateKey)
            UNION ALL
            SELECT 'fact.SurveyInvitation', f.SurveyInvitationKey FROM fact.SurveyInvitation AS f
            WHERE NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerKey = f.CustomerKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = f.DateKey)
            UNION ALL
            SELECT 'fact.WebSession', f.WebSessionKey FROM fact.WebSession AS f
            WHERE NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerKey = f.CustomerKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = f.DateKey)
            UNION ALL
            SELECT 'fact.CampaignAudience', f.CampaignAudienceKey FROM fact.CampaignAudience AS f
            WHERE NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerKey = f.CustomerKey)
               OR NOT EXISTS (SELECT 1 FROM dim.Campaign AS p WHERE p.CampaignKey = f.CampaignKey);
            """),
        Error("fact_customer_version_matches_date", "A fact's customer version was valid at the fact's time (surrogate key by event date).", """
            SELECT 'fact.SalesLine' AS TableName, f.SalesLineKey AS FactKey, c.CustomerId
            FROM fact.SalesLine AS f INNER JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
            WHERE f.CustomerKey <> -1 AND (f.OrderedAtUtc < c.ValidFromUtc OR f.OrderedAtUtc >= c.ValidToUtc)
            UNION ALL
            SELECT 'fact.SurveyResponse', f.SurveyResponseKey, c.CustomerId
            FROM fact.SurveyResponse AS f INNER JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
            WHERE f.CustomerKey <> -1 AND (f.RecordedAtUtc < c.ValidFromUtc OR f.RecordedAtUtc >= c.ValidToUtc)
            UNION ALL
            SELECT 'fact.SurveyInvitation', f.SurveyInvitationKey, c.CustomerId
            FROM fact.SurveyInvitation AS f INNER JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
            WHERE f.CustomerKey <> -1 AND (f.SentAtUtc < c.ValidFromUtc OR f.SentAtUtc >= c.ValidToUtc);
            """),
        Error("accepted_values", "Coded columns hold only accepted values; scores are within their scales.", """
            SELECT 'dim.Store.Channel' AS ColumnName, Channel AS Value FROM dim.Store WHERE Channel NOT IN ('store', 'online', 'unknown')
            UNION ALL
            SELECT 'fact.EmailEvent.EventType', EventType FROM fact.EmailEvent
            WHERE EventType NOT IN ('processed', 'delivered', 'deferred', 'bounce', 'dropped', 'open', 'click', 'unsubscribe', 'spamreport')
            UNION ALL
            SELECT 'fact.EmailEvent.BounceType', BounceType FROM fact.EmailEvent WHERE BounceType IS NOT NULL AND BounceType NOT IN ('hard', 'soft')
            UNION ALL
            SELECT 'fact.SurveyResponse.Nps', CAST(Nps AS varchar(10)) FROM fact.SurveyResponse WHERE Nps < 0 OR Nps > 10
            UNION ALL
            SELECT 'fact.SurveyResponse.Csat', CAST(Csat AS varchar(10)) FROM fact.SurveyResponse WHERE Csat < 1 OR Csat > 5
            UNION ALL
            SELECT 'fact.SurveyResponse.Ces', CAST(Ces AS varchar(10)) FROM fact.SurveyResponse WHERE Ces < 1 OR Ces > 7
            UNION ALL
            SELECT 'fact.SurveyInvitation.Channel', Channel FROM fact.SurveyInvitation WHERE Channel IS NOT NULL AND Channel NOT IN ('email', 'sms', 'receipt')
            UNION ALL
            SELECT 'fact.CampaignAudience.AudienceGroup', AudienceGroup FROM fact.CampaignAudience WHERE AudienceGroup NOT IN ('treatment', 'control');
            """),
        Warning("sales_currency", "Sales lines are in the warehouse currency (amounts are not converted).", """
            SELECT Currency, COUNT(*) AS Rows FROM fact.SalesLine WHERE Currency <> @Currency GROUP BY Currency;
            """),
        Warning("customers_still_inferred", "Customers referenced by facts whose master record has not arrived.", """
            SELECT CustomerId FROM dim.Customer WHERE IsInferred = 1;
            """),
        Error("batch_rows_balance", "For every loaded batch, rows read = loaded + rejected + duplicates skipped.", """
            SELECT BatchId, Source, Entity, FileName, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate FROM etl.Batch
            WHERE Status IN ('Succeeded', 'Replaced') AND RowsRead <> RowsLoaded + RowsRejected + RowsDuplicate;
            """),
        new DataCheck("freshness", CheckSeverity.Warning, "Each source has a batch loaded within Loading:FreshnessHours.", new LoadStatement("Check.freshness", """
            SELECT x.Source, (SELECT MAX(b.FinishedAtUtc) FROM etl.Batch AS b WHERE b.Source = x.Source AND b.Status = 'Succeeded') AS LastLoadedAtUtc
            FROM (SELECT @Source AS Source) AS x
            WHERE NOT EXISTS (SELECT 1 FROM etl.Batch AS b WHERE b.Source = x.Source AND b.Status = 'Succeeded' AND b.FinishedAtUtc >= @FreshSince);
            """), PerSource: true),
    ];

    private static DataCheck Error(string name, string description, string sql) =>
        new(name, CheckSeverity.Error, description, new LoadStatement("Check." + name, sql));

    private static DataCheck Warning(string name, string description, string sql) =>
        new(name, CheckSeverity.Warning, description, new LoadStatement("Check." + name, sql));
}
