using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// web/events → fact.WebEvent, then fact.WebSession rebuilt for every session the batch touches (new, late or replaced
/// events) from all stored events of that session. GA4 rules: a session is (user_pseudo_id, ga_session_id); it is engaged
/// when it lasts more than 10 s (event span or summed engagement time), has 2 or more page views, or a purchase; it
/// converts when it has a purchase; a user_id seen on any event applies to the whole session (the largest, when several).
/// </summary>
public sealed class WebEventLoader : EntityLoaderBase<WebEventRecord>
{
    /// <summary>Records events whose date is outside dim.Date.</summary>
    public static readonly LoadStatement Reject = DateOutOfRange("WebEvent", "WebEvent", "event_timestamp",
        ("user_pseudo_id", "UserPseudoId"), ("ga_session_id", "GaSessionId"), ("event_timestamp", "EventTimestampMicros"));

    /// <summary>The sessions to rebuild: those of this batch's events and of the events an earlier version of the file loaded.</summary>
    public static readonly LoadStatement CollectSessions = new("WebEvent.CollectSessions", $"""
        INSERT INTO stage.WebSessionKey (BatchId, UserPseudoId, GaSessionId)
        SELECT @BatchId, s.UserPseudoId, s.GaSessionId FROM stage.WebEvent AS s WHERE s.BatchId = @BatchId
        UNION
        SELECT @BatchId, e.UserPseudoId, e.GaSessionId FROM fact.WebEvent AS e WHERE e.BatchId IN ({EarlierBatches});
        """);

    /// <summary>Deletes the sessions about to be rebuilt.</summary>
    public static readonly LoadStatement DeleteSessions = new("WebEvent.DeleteSessions", """
        DELETE FROM fact.WebSession
        WHERE EXISTS (SELECT 1 FROM stage.WebSessionKey AS k
                      WHERE k.BatchId = @BatchId AND k.UserPseudoId = WebSession.UserPseudoId AND k.GaSessionId = WebSession.GaSessionId);
        """);

    /// <summary>Counts, per earlier batch, the events <see cref="DeleteEarlierVersions"/> removes.</summary>
    public static readonly LoadStatement SupersedeEarlierVersions = SupersedeEarlierVersionsIn("WebEvent", "fact.WebEvent");

    /// <summary>A corrected file: deletes the events its earlier version(s) loaded.</summary>
    public static readonly LoadStatement DeleteEarlierVersions = DeleteEarlierVersionsIn("WebEvent", "fact.WebEvent");

    /// <summary>Counts, per earlier batch, the events <see cref="DeleteByNaturalKey"/> removes.</summary>
    public static readonly LoadStatement SupersedeByNaturalKey = Supersede("WebEvent.SupersedeByNaturalKey", "fact.WebEvent", CarriedAgain("f"));

    /// <summary>Natural key never twice: deletes events this batch carries again.</summary>
    public static readonly LoadStatement DeleteByNaturalKey = new("WebEvent.DeleteByNaturalKey", $"""
        DELETE FROM fact.WebEvent
        WHERE {CarriedAgain("WebEvent")};
        """);

    /// <summary>Inserts the events.</summary>
    public static readonly LoadStatement InsertEvents = new("WebEvent.InsertEvents", """
        INSERT INTO fact.WebEvent (UserPseudoId, GaSessionId, EventTimestampMicros, EventName, EventAtUtc, DateKey, UserId, PageLocation,
            PageReferrer, Source, Medium, Campaign, DeviceCategory, Country, TransactionId, Value, EngagementTimeMsec, BatchId)
        SELECT s.UserPseudoId, s.GaSessionId, s.EventTimestampMicros, s.EventName, s.EventAtUtc, s.DateKey, s.UserId, s.PageLocation,
            s.PageReferrer, s.Source, s.Medium, s.Campaign, s.DeviceCategory, s.Country, s.TransactionId, s.Value, s.EngagementTimeMsec, @BatchId
        FROM stage.WebEvent AS s
        INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
        WHERE s.BatchId = @BatchId;
        """);

    /// <summary>Creates inferred members for user ids of the rebuilt sessions that the warehouse has not seen.</summary>
    public static readonly LoadStatement InferCustomers = new("WebEvent.InferCustomers", """
        INSERT INTO dim.Customer (CustomerId, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred, BatchId)
        SELECT DISTINCT s.UserId, NULL, @BeginningOfTime, @EndOfTime, 1, 1, @BatchId
        FROM stage.WebEvent AS s
        WHERE s.BatchId = @BatchId AND s.UserId IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.UserId);
        """);

    /// <summary>
    /// Rebuilds the affected sessions from all their stored events, reading them once: each event is numbered within its
    /// session (first event by time then name; first page view by time) and one aggregation takes the totals and the
    /// first event's attributes. (Three joins of fact.WebEvent with the session keys, one per attribute set, cost three scans.)
    /// </summary>
    public static readonly LoadStatement InsertSessions = new("WebEvent.InsertSessions", """
        INSERT INTO fact.WebSession (UserPseudoId, GaSessionId, SessionStartUtc, SessionEndUtc, DateKey, CustomerKey, EventCount, PageViews,
            EngagementTimeMsec, IsEngaged, HasPurchase, PurchaseValue, Source, Medium, Campaign, LandingPage, DeviceCategory, Country, BatchId)
        SELECT a.UserPseudoId, a.GaSessionId, a.SessionStartUtc, a.SessionEndUtc, a.DateKey,
            CASE WHEN a.UserId IS NULL THEN -1
                 ELSE COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                                WHERE c.CustomerId = a.UserId AND c.ValidFromUtc <= a.SessionStartUtc AND c.ValidToUtc > a.SessionStartUtc), -1) END,
            a.EventCount, a.PageViews, a.EngagementTimeMsec,
            CASE WHEN a.PageViews >= 2 OR a.Purchases > 0 OR a.EngagementTimeMsec > 10000
                      OR a.LastMicros - a.FirstMicros > 10000000 THEN 1 ELSE 0 END,
            CASE WHEN a.Purchases > 0 THEN 1 ELSE 0 END,
            a.PurchaseValue, a.Source, a.Medium, a.Campaign, COALESCE(a.FirstPageLocation, a.PageLocation), a.DeviceCategory, a.Country, @BatchId
        FROM (
            SELECT e.UserPseudoId, e.GaSessionId, MIN(e.EventAtUtc) AS SessionStartUtc, MAX(e.EventAtUtc) AS SessionEndUtc,
                MIN(e.EventTimestampMicros) AS FirstMicros, MAX(e.EventTimestampMicros) AS LastMicros, COUNT(*) AS EventCount,
                SUM(CASE WHEN e.EventName = 'page_view' THEN 1 ELSE 0 END) AS PageViews,
                SUM(COALESCE(e.EngagementTimeMsec, 0)) AS EngagementTimeMsec,
                SUM(CASE WHEN e.EventName = 'purchase' THEN 1 ELSE 0 END) AS Purchases,
                SUM(CASE WHEN e.EventName = 'purchase' THEN e.Value END) AS PurchaseValue,
                MAX(e.UserId) AS UserId,
                MAX(CASE WHEN e.Position = 1 THEN e.DateKey END) AS DateKey,
                MAX(CASE WHEN e.Position = 1 THEN e.Source END) AS Source,
                MAX(CASE WHEN e.Position = 1 THEN e.Medium END) AS Medium,
                MAX(CASE WHEN e.Position = 1 THEN e.Campaign END) AS Campaign,
                MAX(CASE WHEN e.Position = 1 THEN e.PageLocation END) AS PageLocation,
                MAX(CASE WHEN e.Position = 1 THEN e.DeviceCategory END) AS DeviceCategory,
                MAX(CASE WHEN e.Position = 1 THEN e.Country END) AS Country,
                MAX(CASE WHEN e.EventName = 'page_view' AND e.PagePosition = 1 THEN e.PageLocation END) AS FirstPageLocation
            FROM (
                SELECT w.UserPseudoId, w.GaSessionId, w.EventAtUtc, w.EventTimestampMicros, w.EventName, w.EngagementTimeMsec, w.Value,
                    w.UserId, w.DateKey, w.Source, w.Medium, w.Campaign, w.PageLocation, w.DeviceCategory, w.Country,
                    ROW_NUMBER() OVER (PARTITION BY w.UserPseudoId, w.GaSessionId ORDER BY w.EventTimestampMicros, w.EventName) AS Position,
                    ROW_NUMBER() OVER (PARTITION BY w.UserPseudoId, w.GaSessionId, CASE WHEN w.EventName = 'page_view' THEN 1 ELSE 0 END
                                       ORDER BY w.EventTimestampMicros) AS PagePosition
                FROM fact.WebEvent AS w
                INNER JOIN stage.WebSessionKey AS k ON k.BatchId = @BatchId AND k.UserPseudoId = w.UserPseudoId AND k.GaSessionId = w.GaSessionId) AS e
            GROUP BY e.UserPseudoId, e.GaSessionId) AS a;
        """);

    /// <summary>Clears the session keys of this batch (stage is transient).</summary>
    public static readonly LoadStatement ClearSessionKeys = new("WebEvent.ClearSessionKeys", """
        DELETE FROM stage.WebSessionKey WHERE BatchId = @BatchId;
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.WebEvents;

    /// <summary>The fact events (alias <paramref name="fact"/>) whose natural key this batch carries again and will load.</summary>
    private static string CarriedAgain(string fact) => $"""
        EXISTS (SELECT 1 FROM stage.WebEvent AS s
                WHERE s.BatchId = @BatchId AND s.UserPseudoId = {fact}.UserPseudoId AND s.GaSessionId = {fact}.GaSessionId
                  AND s.EventTimestampMicros = {fact}.EventTimestampMicros AND s.EventName = {fact}.EventName
                  AND EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey))
        """;

    /// <inheritdoc/>
    public override string StageTable => "WebEvent";

    /// <inheritdoc/>
    public override string? FactTable => "fact.WebEvent";

    /// <inheritdoc/>
    public override IReadOnlyList<string> OtherTables { get; } = ["fact.WebSession", "stage.WebSessionKey"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
    [
        "BatchId", "RowNumber", "EventTimestampMicros", "EventAtUtc", "DateKey", "EventName", "UserPseudoId", "UserId", "GaSessionId",
        "PageLocation", "PageReferrer", "Source", "Medium", "Campaign", "DeviceCategory", "Country", "TransactionId", "Value", "EngagementTimeMsec",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } =
        [Reject, CollectSessions, DeleteSessions, SupersedeEarlierVersions, DeleteEarlierVersions, SupersedeByNaturalKey, DeleteByNaturalKey, InsertEvents, InferCustomers, InsertSessions, ClearSessionKeys];

    /// <inheritdoc/>
    protected override LoadStatement RejectStatement => Reject;

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> EarlierVersionStatements { get; } = [SupersedeEarlierVersions, DeleteEarlierVersions];

    /// <inheritdoc/>
    protected override object?[] Row(WebEventRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.EventTimestamp, r.EventTime.UtcDateTime, calendar.DateKey(r.EventTime), r.EventName, r.UserPseudoId, r.UserId,
        r.GaSessionId, r.PageLocation, r.PageReferrer, r.Source, r.Medium, r.Campaign, r.DeviceCategory, r.Country, r.TransactionId, r.Value,
        r.EngagementTimeMsec,
    ];
}
