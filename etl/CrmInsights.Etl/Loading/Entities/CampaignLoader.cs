using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>email/campaigns → dim.Campaign, SCD type 1; completes campaigns inferred from earlier email events.</summary>
public sealed class CampaignLoader : EntityLoaderBase<CampaignRecord>
{
    private static readonly Scd1Dimension Dimension = new("Campaign", "dim.Campaign", "stage.EmailCampaign", "CampaignId",
        ["CampaignName", "Subject", "SentAtUtc", new("SentDateKey", Compared: false), "Segment", "Cost"]);

    /// <summary>Updates changed campaigns in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = Dimension.Update;

    /// <summary>Inserts campaigns not seen before.</summary>
    public static readonly LoadStatement Insert = Dimension.Insert;

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
