using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>email/campaigns → dim.Campaign, SCD type 1 (<see cref="Scd1Statements"/>); completes campaigns inferred from earlier email events.</summary>
public sealed class CampaignLoader : EntityLoaderBase<CampaignRecord>
{
    // SentDateKey follows SentAtUtc (the business calendar's date of it), so only SentAtUtc tells a change.
    private static readonly Scd1Column[] Columns =
        [new("CampaignName"), new("Subject"), new("SentAtUtc"), new("SentDateKey", Compared: false), new("Segment"), new("Cost")];

    /// <summary>Updates changed campaigns in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = Scd1Statements.Update("Campaign", "EmailCampaign", "CampaignId", Columns);

    /// <summary>Inserts campaigns not seen before.</summary>
    public static readonly LoadStatement Insert = Scd1Statements.Insert("Campaign", "EmailCampaign", "CampaignId", Columns);

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
