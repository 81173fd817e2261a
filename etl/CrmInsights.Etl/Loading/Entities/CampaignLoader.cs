using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>email/campaigns → dim.Campaign, SCD type 1; completes campaigns inferred from earlier email events.</summary>
public sealed class CampaignLoader : EntityLoaderBase<CampaignRecord>
{
    /// <summary>Updates changed campaigns in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = new("Campaign.Update", """
        UPDATE dim.Campaign
        SET CampaignName = s.CampaignName, Subject = s.Subject, SentAtUtc = s.SentAtUtc, SentDateKey = s.SentDateKey,
            Segment = s.Segment, Cost = s.Cost, IsInferred = 0, BatchId = @BatchId
        FROM stage.EmailCampaign AS s
        WHERE s.BatchId = @BatchId AND Campaign.CampaignId = s.CampaignId
          AND (Campaign.IsInferred = 1 OR Campaign.CampaignName <> s.CampaignName OR Campaign.Subject IS DISTINCT FROM s.Subject
               OR Campaign.SentAtUtc IS DISTINCT FROM s.SentAtUtc OR Campaign.Segment IS DISTINCT FROM s.Segment
               OR Campaign.Cost IS DISTINCT FROM s.Cost);
        """);

    /// <summary>Inserts campaigns not seen before.</summary>
    public static readonly LoadStatement Insert = new("Campaign.Insert", """
        INSERT INTO dim.Campaign (CampaignId, CampaignName, Subject, SentAtUtc, SentDateKey, Segment, Cost, IsInferred, BatchId)
        SELECT s.CampaignId, s.CampaignName, s.Subject, s.SentAtUtc, s.SentDateKey, s.Segment, s.Cost, 0, @BatchId
        FROM stage.EmailCampaign AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.Campaign AS d WHERE d.CampaignId = s.CampaignId);
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Campaigns;

    /// <inheritdoc/>
    public override string StageTable => "EmailCampaign";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
        ["BatchId", "RowNumber", "CampaignId", "CampaignName", "Subject", "SentAtUtc", "SentDateKey", "Segment", "Cost"];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } = [Update, Insert];

    /// <inheritdoc/>
    protected override object?[] Row(CampaignRecord r, long batchId, BusinessCalendar calendar) =>
        [batchId, r.SourceRow, r.CampaignId, r.Name, r.Subject, r.SentAt?.UtcDateTime, r.SentAt is { } t ? calendar.DateKey(t) : null, r.Segment, r.Cost];
}
