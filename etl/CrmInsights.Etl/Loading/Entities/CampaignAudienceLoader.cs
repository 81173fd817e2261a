using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// email/audiences → fact.CampaignAudience: per campaign, the addresses it was meant for and their group (treatment or
/// control, the holdout), which mart.CampaignUplift compares. The member is the customer_id when given, else the
/// customer carrying the address, on its current version (an audience has no time of its own; the uplift follows the
/// durable customer_id, so the version does not matter); an address nobody carries yet waits on the unknown member and
/// is matched by the customer load that brings it (<see cref="CustomerLoader.MatchCampaignAudiences"/>). Audience rows
/// never infer members: an address is not a customer id. An unseen campaign_id becomes an inferred campaign, as for
/// email events. The natural key is (campaign_id, email): a later file carrying the pair again replaces it, a corrected
/// file deletes what its earlier version loaded.
/// </summary>
public sealed class CampaignAudienceLoader : EntityLoaderBase<CampaignAudienceRecord>
{
    // The fact rows (alias fact) whose campaign and address this batch carries again (campaigns are inferred first, so
    // every staged campaign_id has its key).
    private static string CarriedAgain(string fact) => $"""
        EXISTS (SELECT 1 FROM stage.CampaignAudience AS s
                INNER JOIN dim.Campaign AS cp ON cp.CampaignId = s.CampaignId
                WHERE s.BatchId = @BatchId AND cp.CampaignKey = {fact}.CampaignKey AND s.EmailNormalized = {fact}.EmailNormalized)
        """;

    /// <summary>Creates inferred campaigns for campaign ids not seen yet.</summary>
    public static readonly LoadStatement InferCampaigns = new("CampaignAudience.InferCampaigns", """
        INSERT INTO dim.Campaign (CampaignId, CampaignName, IsInferred, BatchId)
        SELECT DISTINCT s.CampaignId, s.CampaignId, 1, @BatchId
        FROM stage.CampaignAudience AS s
        WHERE s.BatchId = @BatchId
          AND NOT EXISTS (SELECT 1 FROM dim.Campaign AS c WHERE c.CampaignId = s.CampaignId);
        """);

    /// <summary>Counts, per earlier batch, the audience rows <see cref="DeleteEarlierVersions"/> removes.</summary>
    public static readonly LoadStatement SupersedeEarlierVersions = SupersedeEarlierVersionsIn("CampaignAudience", "fact.CampaignAudience", dated: false);

    /// <summary>A corrected file: deletes the audience rows its earlier version(s) loaded.</summary>
    public static readonly LoadStatement DeleteEarlierVersions = DeleteEarlierVersionsIn("CampaignAudience", "fact.CampaignAudience");

    /// <summary>Counts, per earlier batch, the audience rows <see cref="DeleteByNaturalKey"/> removes.</summary>
    public static readonly LoadStatement SupersedeByNaturalKey = Supersede("CampaignAudience.SupersedeByNaturalKey", "fact.CampaignAudience", CarriedAgain("f"), dated: false);

    /// <summary>Natural key never twice: deletes the (campaign, address) pairs this batch carries again.</summary>
    public static readonly LoadStatement DeleteByNaturalKey = new("CampaignAudience.DeleteByNaturalKey", $"""
        DELETE FROM fact.CampaignAudience
        WHERE {CarriedAgain("CampaignAudience")};
        """);

    /// <summary>Inserts the audience rows on the member's current version (-1 = unknown, waiting by address).</summary>
    public static readonly LoadStatement Insert = new("CampaignAudience.Insert", """
        INSERT INTO fact.CampaignAudience (CampaignKey, EmailNormalized, CustomerKey, AudienceGroup, BatchId)
        SELECT (SELECT cp.CampaignKey FROM dim.Campaign AS cp WHERE cp.CampaignId = s.CampaignId), s.EmailNormalized,
            COALESCE(
                (SELECT MIN(c.CustomerKey) FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId AND c.IsCurrent = 1 AND c.CustomerKey <> -1),
                (SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                 WHERE s.CustomerId IS NULL AND c.EmailNormalized = s.EmailNormalized AND c.IsCurrent = 1 AND c.CustomerKey <> -1),
                -1),
            s.AudienceGroup, @BatchId
        FROM stage.CampaignAudience AS s
        WHERE s.BatchId = @BatchId;
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.CampaignAudiences;

    /// <inheritdoc/>
    public override string StageTable => "CampaignAudience";

    /// <inheritdoc/>
    public override string? FactTable => "fact.CampaignAudience";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
        ["BatchId", "RowNumber", "CampaignId", "Email", "EmailNormalized", "AudienceGroup", "CustomerId"];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } =
        [InferCampaigns, SupersedeEarlierVersions, DeleteEarlierVersions, SupersedeByNaturalKey, DeleteByNaturalKey, Insert];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> EarlierVersionStatements { get; } = [SupersedeEarlierVersions, DeleteEarlierVersions];

    /// <inheritdoc/>
    protected override object?[] Row(CampaignAudienceRecord r, long batchId, BusinessCalendar calendar) =>
        [batchId, r.SourceRow, r.CampaignId, r.Email, CustomerLoader.Normalize(r.Email), r.Group, r.CustomerId];
}
