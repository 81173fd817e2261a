using System.Globalization;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// pos/customers → dim.Customer. SCD type 2 on LoyaltyTier, City, Region, Country, MarketingOptIn; type 1 attributes are
/// corrected on every version from the newest record. A batch may hold several records of one customer (a weekly or
/// monthly file of a customer who changed twice): they are applied oldest first, one round per position, so a batch gives
/// the same history as the same records delivered one per batch. A record whose updated_at falls inside a version's range
/// splits that version in two (newer than the version's own record: the record takes the tail; older: the head), so a
/// late record becomes a historical version between its neighbours; one with the same updated_at as a version corrects it.
/// Facts whose version no longer covers their time are moved to the version that does, and email and survey facts waiting
/// on the unknown member are matched by address, in the same transaction. The first version is valid from
/// <c>@BeginningOfTime</c>, so facts older than the first record still resolve; an inferred member (created by a fact) is
/// completed in place and becomes the first real version.
/// </summary>
public sealed partial class CustomerLoader : EntityLoaderBase<CustomerRecord>
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Customers;

    /// <inheritdoc/>
    public override string StageTable => "PosCustomer";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
    [
        "BatchId", "RowNumber", "CustomerId", "LoyaltyId", "Email", "EmailNormalized", "Phone", "FirstName", "LastName", "BirthDate",
        "Gender", "PostalCode", "City", "Region", "Country", "SignupDate", "LoyaltyTier", "MarketingOptIn", "AcquisitionChannel", "UpdatedAtUtc",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } =
    [
        NumberVersions, CountRounds, .. RoundStatements,
        RepointSalesLines, RepointEmailEvents, RepointSurveyResponses, RepointSurveyInvitations, RepointWebSessions, MatchEmailEvents,
        MatchSurveyResponses, MatchSurveyInvitations, MatchCampaignAudiences,
    ];

    /// <inheritdoc/>
    public override async Task<ApplyResult> ApplyAsync(LoadDb db, LoadParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.ExecuteAsync(NumberVersions, parameters, cancellationToken);
        var rounds = Convert.ToInt64(await db.ScalarAsync(CountRounds, parameters, cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
        for (var seq = 1L; seq <= rounds; seq++)
        {
            var round = parameters.With("Seq", seq);
            foreach (var statement in RoundStatements)
            {
                await db.ExecuteAsync(statement, round, cancellationToken);
            }
        }

        foreach (var statement in Statements.Where(s => s != NumberVersions && s != CountRounds && !RoundStatements.Contains(s)))
        {
            await db.ExecuteAsync(statement, parameters, cancellationToken);
        }

        return ApplyResult.None;
    }

    /// <inheritdoc/>
    protected override object?[] Row(CustomerRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.CustomerId, r.LoyaltyId, r.Email, Normalize(r.Email), r.Phone, r.FirstName, r.LastName, r.BirthDate,
        r.Gender, r.PostalCode, r.City, r.Region, r.Country, r.SignupDate, r.LoyaltyTier, r.MarketingOptIn, r.AcquisitionChannel,
        r.UpdatedAt.UtcDateTime,
    ];

    /// <summary>Trimmed, lower-cased email (the key email and survey events match on); null when blank.</summary>
    public static string? Normalize(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
