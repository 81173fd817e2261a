using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// survey/responses → fact.SurveyResponse. The respondent is resolved as order lines resolve their buyer
/// (<see cref="CustomerResolution"/>): customer_id (an unseen id becomes an inferred member), else the customer carrying the
/// loyalty_id, else the one carrying the normalised email; a loyalty id that matches nobody becomes an inferred
/// <c>loyalty:&lt;id&gt;</c> member the master record carrying it adopts. An address alone invents no member: such a
/// response waits on the unknown member with its address and is matched by the customer load that brings it
/// (<see cref="CustomerLoader.MatchSurveyResponses"/>), as email events are. The customer version is the one valid when
/// the response was recorded; only responses that load (date inside dim.Date) infer anybody.
/// A response_id another file loaded is replaced; a corrected file deletes what its earlier version loaded.
/// </summary>
public sealed class SurveyResponseLoader : EntityLoaderBase<SurveyResponseRecord>
{
    /// <summary>Records responses whose date is outside dim.Date.</summary>
    public static readonly LoadStatement Reject = DateOutOfRange("SurveyResponse", "SurveyResponse", "recorded_at", ("response_id", "ResponseId"));

    /// <summary>Names the respondent of responses without customer_id (<see cref="CustomerResolution"/>: loyalty id, email, else the inferred member).</summary>
    public static readonly LoadStatement ResolveCustomers = CustomerResolution.Resolve("SurveyResponse", "SurveyResponse");

    /// <summary>Counts, per earlier batch, the responses <see cref="DeleteEarlierVersions"/> removes.</summary>
    public static readonly LoadStatement SupersedeEarlierVersions = SupersedeEarlierVersionsIn("SurveyResponse", "fact.SurveyResponse");

    /// <summary>A corrected file: deletes the responses its earlier version(s) loaded.</summary>
    public static readonly LoadStatement DeleteEarlierVersions = DeleteEarlierVersionsIn("SurveyResponse", "fact.SurveyResponse");

    /// <summary>Counts, per earlier batch, the responses <see cref="DeleteByNaturalKey"/> removes.</summary>
    public static readonly LoadStatement SupersedeByNaturalKey = SupersedeByNaturalKeyIn("SurveyResponse", "fact.SurveyResponse", "SurveyResponse", "ResponseId");

    /// <summary>Natural key never twice: deletes responses this batch carries again.</summary>
    public static readonly LoadStatement DeleteByNaturalKey = DeleteByNaturalKeyIn("SurveyResponse", "fact.SurveyResponse", "SurveyResponse", "ResponseId");

    /// <summary>Creates inferred members for customer ids (given or loyalty:&lt;id&gt;) the warehouse has not seen, from responses that load.</summary>
    public static readonly LoadStatement InferCustomers = CustomerResolution.InferMembers("SurveyResponse", "SurveyResponse", StagedDayInCalendar);

    /// <summary>Inserts the responses. ResolutionHours is the one engine-specific expression (DATEDIFF_BIG vs date_diff).</summary>
    public static readonly LoadStatement Insert = new("SurveyResponse.Insert",
        InsertText("CAST(DATEDIFF_BIG(SECOND, s.RecordedAtUtc, s.ResolvedAtUtc) / 3600.0 AS decimal(12, 2))"),
        InsertText("CAST(date_diff('second', s.RecordedAtUtc, s.ResolvedAtUtc) / 3600.0 AS DECIMAL(12, 2))"));

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.SurveyResponses;


    /// <inheritdoc/>
    public override string StageTable => "SurveyResponse";

    /// <inheritdoc/>
    public override string? FactTable => "fact.SurveyResponse";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
    [
        "BatchId", "RowNumber", "ResponseId", "RecordedAtUtc", "DateKey", "SurveyId", "CustomerId", "Email", "EmailNormalized", "Touchpoint",
        "Nps", "Csat", "Ces", "Complaint", "ComplaintCategory", "ResolvedAtUtc", "ResolvedDateKey", "Comment",
        "LoyaltyId", "InferredCustomerId",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } =
        [ResolveCustomers, Reject, SupersedeEarlierVersions, DeleteEarlierVersions, SupersedeByNaturalKey, DeleteByNaturalKey, InferCustomers, Insert];

    /// <inheritdoc/>
    protected override LoadStatement RejectStatement => Reject;

    /// <inheritdoc/>
    protected override object?[] Row(SurveyResponseRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.ResponseId, r.RecordedAt.UtcDateTime, calendar.DateKey(r.RecordedAt), r.SurveyId, r.CustomerId, r.Email,
        CustomerLoader.Normalize(r.Email), r.Touchpoint, r.Nps, r.Csat, r.Ces, r.Complaint ?? false, r.ComplaintCategory,
        r.ResolvedAt?.UtcDateTime, r.ResolvedAt is { } t ? calendar.DateKey(t) : null, r.Comment,
        r.LoyaltyId, InferredIdentity.Of(r.CustomerId, r.LoyaltyId, email: null), // by address alone: no member (see the summary)
    ];

    private static string InsertText(string resolutionHours) => $"""
        INSERT INTO fact.SurveyResponse (ResponseId, SurveyId, RecordedAtUtc, DateKey, CustomerKey, TouchpointKey, Nps, Csat, Ces,
            IsComplaint, ComplaintCategory, ResolvedAtUtc, ResolvedDateKey, ResolutionHours, Comment, BatchId, EmailNormalized)
        SELECT s.ResponseId, s.SurveyId, s.RecordedAtUtc, s.DateKey,
            CASE WHEN s.CustomerId IS NOT NULL
                 THEN COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                                WHERE c.CustomerId = s.CustomerId AND c.ValidFromUtc <= s.RecordedAtUtc AND c.ValidToUtc > s.RecordedAtUtc), -1)
                 ELSE COALESCE((SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                                WHERE c.EmailNormalized = s.EmailNormalized AND c.CustomerKey <> -1
                                  AND c.ValidFromUtc <= s.RecordedAtUtc AND c.ValidToUtc > s.RecordedAtUtc), -1) END,
            COALESCE((SELECT t.TouchpointKey FROM dim.Touchpoint AS t WHERE t.TouchpointCode = s.Touchpoint), -1),
            s.Nps, s.Csat, s.Ces, s.Complaint, s.ComplaintCategory, s.ResolvedAtUtc,
            (SELECT rd.DateKey FROM dim.Date AS rd WHERE rd.DateKey = s.ResolvedDateKey),
            {resolutionHours},
            s.Comment, @BatchId, CASE WHEN s.CustomerId IS NULL THEN s.EmailNormalized END
        FROM stage.SurveyResponse AS s
        INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
        WHERE s.BatchId = @BatchId;
        """;
}
