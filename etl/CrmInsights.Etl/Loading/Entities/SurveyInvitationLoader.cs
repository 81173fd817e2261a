using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// survey/invitations → fact.SurveyInvitation, the denominator of the survey response rate (mart.SurveyResponseRate). The
/// invitee is resolved exactly as a respondent is (<see cref="CustomerResolution"/>, see <see cref="SurveyResponseLoader"/>):
/// customer_id, else the customer carrying the loyalty_id, else the one carrying the normalised email; an unmatched loyalty
/// id infers a <c>loyalty:&lt;id&gt;</c> member; an address alone waits on the unknown member with its address and is
/// matched by the customer load that brings it (<see cref="CustomerLoader.MatchSurveyInvitations"/>). The customer version
/// is the one valid when the invitation was sent. An invitation_id another file loaded is replaced; a corrected file
/// deletes what its earlier version loaded.
/// </summary>
public sealed class SurveyInvitationLoader : EntityLoaderBase<SurveyInvitationRecord>
{
    /// <summary>Records invitations whose date is outside dim.Date.</summary>
    public static readonly LoadStatement Reject = DateOutOfRange("SurveyInvitation", "SurveyInvitation", "sent_at", ("invitation_id", "InvitationId"));

    /// <summary>Names the invitee of invitations without customer_id (<see cref="CustomerResolution"/>: loyalty id, email, else the inferred member).</summary>
    public static readonly LoadStatement ResolveCustomers = CustomerResolution.Resolve("SurveyInvitation", "SurveyInvitation");

    /// <summary>Counts, per earlier batch, the invitations <see cref="DeleteEarlierVersions"/> removes.</summary>
    public static readonly LoadStatement SupersedeEarlierVersions = SupersedeEarlierVersionsIn("SurveyInvitation", "fact.SurveyInvitation");

    /// <summary>A corrected file: deletes the invitations its earlier version(s) loaded.</summary>
    public static readonly LoadStatement DeleteEarlierVersions = DeleteEarlierVersionsIn("SurveyInvitation", "fact.SurveyInvitation");

    /// <summary>Counts, per earlier batch, the invitations <see cref="DeleteByNaturalKey"/> removes.</summary>
    public static readonly LoadStatement SupersedeByNaturalKey = SupersedeByNaturalKeyIn("SurveyInvitation", "fact.SurveyInvitation", "SurveyInvitation", "InvitationId");

    /// <summary>Natural key never twice: deletes invitations this batch carries again.</summary>
    public static readonly LoadStatement DeleteByNaturalKey = DeleteByNaturalKeyIn("SurveyInvitation", "fact.SurveyInvitation", "SurveyInvitation", "InvitationId");

    /// <summary>Creates inferred members for customer ids the warehouse has not seen, from invitations that load.</summary>
    public static readonly LoadStatement InferCustomers = CustomerResolution.InferMembers("SurveyInvitation", "SurveyInvitation", StagedDayInCalendar);

    /// <summary>Inserts the invitations on the customer version valid when each was sent (-1 = unknown, waiting by address).</summary>
    public static readonly LoadStatement Insert = new("SurveyInvitation.Insert", """
        INSERT INTO fact.SurveyInvitation (InvitationId, SurveyId, SentAtUtc, DateKey, CustomerKey, Channel, BatchId, EmailNormalized)
        SELECT s.InvitationId, s.SurveyId, s.SentAtUtc, s.DateKey,
            CASE WHEN s.CustomerId IS NOT NULL
                 THEN COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                                WHERE c.CustomerId = s.CustomerId AND c.ValidFromUtc <= s.SentAtUtc AND c.ValidToUtc > s.SentAtUtc), -1)
                 ELSE COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                                WHERE c.EmailNormalized = s.EmailNormalized AND c.CustomerKey <> -1
                                  AND c.ValidFromUtc <= s.SentAtUtc AND c.ValidToUtc > s.SentAtUtc), -1) END,
            s.Channel, @BatchId, CASE WHEN s.CustomerId IS NULL THEN s.EmailNormalized END
        FROM stage.SurveyInvitation AS s
        INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
        WHERE s.BatchId = @BatchId;
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.SurveyInvitations;

    /// <inheritdoc/>
    public override string StageTable => "SurveyInvitation";

    /// <inheritdoc/>
    public override string? FactTable => "fact.SurveyInvitation";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
    [
        "BatchId", "RowNumber", "InvitationId", "SentAtUtc", "DateKey", "SurveyId", "CustomerId", "LoyaltyId", "Email", "EmailNormalized",
        "Channel", "InferredCustomerId",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } =
        [ResolveCustomers, Reject, SupersedeEarlierVersions, DeleteEarlierVersions, SupersedeByNaturalKey, DeleteByNaturalKey, InferCustomers, Insert];

    /// <inheritdoc/>
    protected override LoadStatement RejectStatement => Reject;

    /// <inheritdoc/>
    protected override object?[] Row(SurveyInvitationRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.InvitationId, r.SentAt.UtcDateTime, calendar.DateKey(r.SentAt), r.SurveyId, r.CustomerId, r.LoyaltyId,
        r.Email, CustomerLoader.Normalize(r.Email), r.Channel,
        InferredIdentity.Of(r.CustomerId, r.LoyaltyId, email: null), // by address alone: no member, as for responses
    ];

}
