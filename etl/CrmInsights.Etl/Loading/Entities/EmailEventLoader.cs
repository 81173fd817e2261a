using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// email/events → fact.EmailEvent. Delivery is at-least-once, so an event_id another batch already loaded keeps its first
/// copy and the repeat counts as a duplicate. Customers are matched by normalised email on the version valid at the event;
/// an address no customer has goes to the unknown member (-1): emails do not create inferred members, because an address
/// is not a customer id and one person may use several. The normalised address is kept on the fact, so the customer load
/// that brings the address matches those events then (<see cref="CustomerLoader.MatchEmailEvents"/>). Unseen campaign ids
/// become inferred campaigns.
/// </summary>
public sealed class EmailEventLoader : EntityLoaderBase<EmailEventRecord>
{
    /// <summary>Records events whose date is outside dim.Date.</summary>
    public static readonly LoadStatement Reject = DateOutOfRange("EmailEvent", "EmailEvent", "timestamp", ("event_id", "EventId"));

    /// <summary>Counts, per earlier batch, the events <see cref="DeleteEarlierVersions"/> removes.</summary>
    public static readonly LoadStatement SupersedeEarlierVersions = SupersedeEarlierVersionsIn("EmailEvent", "fact.EmailEvent");

    /// <summary>A corrected file: deletes the events its earlier version(s) loaded.</summary>
    public static readonly LoadStatement DeleteEarlierVersions = DeleteEarlierVersionsIn("EmailEvent", "fact.EmailEvent");

    /// <summary>Counts events another batch already loaded (kept first, counted as duplicates).</summary>
    public static readonly LoadStatement CountDuplicates = new("EmailEvent.CountDuplicates", """
        SELECT COUNT(*)
        FROM stage.EmailEvent AS s
        WHERE s.BatchId = @BatchId
          AND EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey)
          AND EXISTS (SELECT 1 FROM fact.EmailEvent AS f WHERE f.EventId = s.EventId);
        """);

    /// <summary>Creates inferred campaigns for campaign ids not seen yet.</summary>
    public static readonly LoadStatement InferCampaigns = new("EmailEvent.InferCampaigns", """
        INSERT INTO dim.Campaign (CampaignId, CampaignName, IsInferred, BatchId)
        SELECT DISTINCT s.CampaignId, s.CampaignId, 1, @BatchId
        FROM stage.EmailEvent AS s
        WHERE s.BatchId = @BatchId AND s.CampaignId IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM dim.Campaign AS c WHERE c.CampaignId = s.CampaignId);
        """);

    /// <summary>Inserts events not loaded before, resolving campaign and customer (by email, version valid at the event).</summary>
    public static readonly LoadStatement Insert = new("EmailEvent.Insert", """
        INSERT INTO fact.EmailEvent (EventId, EventType, EventAtUtc, DateKey, CampaignKey, CustomerKey, Url, Reason, BounceType, IsMachineOpen, BatchId,
            EmailNormalized)
        SELECT s.EventId, s.EventType, s.EventAtUtc, s.DateKey,
            COALESCE((SELECT cp.CampaignKey FROM dim.Campaign AS cp WHERE cp.CampaignId = s.CampaignId), -1),
            COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                      WHERE c.EmailNormalized = s.EmailNormalized AND c.CustomerKey <> -1
                        AND c.ValidFromUtc <= s.EventAtUtc AND c.ValidToUtc > s.EventAtUtc), -1),
            s.Url, s.Reason, s.BounceType, s.MachineOpen, @BatchId, s.EmailNormalized
        FROM stage.EmailEvent AS s
        INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
        WHERE s.BatchId = @BatchId
          AND NOT EXISTS (SELECT 1 FROM fact.EmailEvent AS f WHERE f.EventId = s.EventId);
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.EmailEvents;

    /// <inheritdoc/>
    public override string StageTable => "EmailEvent";

    /// <inheritdoc/>
    public override string? FactTable => "fact.EmailEvent";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
        ["BatchId", "RowNumber", "EventId", "Email", "EmailNormalized", "EventAtUtc", "DateKey", "EventType", "CampaignId", "Url", "Reason", "BounceType", "MachineOpen"];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } = [Reject, SupersedeEarlierVersions, DeleteEarlierVersions, CountDuplicates, InferCampaigns, Insert];

    /// <inheritdoc/>
    protected override LoadStatement RejectStatement => Reject;

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> EarlierVersionStatements { get; } = [SupersedeEarlierVersions, DeleteEarlierVersions];

    /// <inheritdoc/>
    protected override LoadStatement DuplicateCountStatement => CountDuplicates;

    /// <inheritdoc/>
    protected override object?[] Row(EmailEventRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.EventId, r.Email, CustomerLoader.Normalize(r.Email), r.Timestamp.UtcDateTime, calendar.DateKey(r.Timestamp),
        r.Event, r.CampaignId, r.Url, r.Reason, r.BounceType, r.MachineOpen ?? false,
    ];
}
