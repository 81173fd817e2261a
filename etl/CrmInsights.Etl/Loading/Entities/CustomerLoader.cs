using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// pos/customers → dim.Customer. SCD type 2 on LoyaltyTier, City, Region, Country, MarketingOptIn: a newer record that
/// changes one of them closes the current version (ValidToUtc = its updated_at) and opens a new one; type 1 attributes are
/// corrected on every version. An inferred member (created by a fact) is completed in place and becomes the first real
/// version. The first version is valid from <c>@BeginningOfTime</c>, so facts older than the first record still resolve.
/// A record whose updated_at equals the current version's corrects that version; an older one changes no history.
/// </summary>
public sealed class CustomerLoader : EntityLoaderBase<CustomerRecord>
{
    private const string TrackedDiffer = """
        (Customer.LoyaltyTier IS DISTINCT FROM s.LoyaltyTier OR Customer.City IS DISTINCT FROM s.City
               OR Customer.Region IS DISTINCT FROM s.Region OR Customer.Country IS DISTINCT FROM s.Country
               OR Customer.MarketingOptIn <> s.MarketingOptIn)
        """;

    /// <summary>Completes inferred members in place: every attribute from the master record, no new version.</summary>
    public static readonly LoadStatement CompleteInferred = new("Customer.CompleteInferred", """
        UPDATE dim.Customer
        SET LoyaltyId = s.LoyaltyId, Email = s.Email, EmailNormalized = s.EmailNormalized, Phone = s.Phone,
            FirstName = s.FirstName, LastName = s.LastName, BirthDate = s.BirthDate, Gender = s.Gender, PostalCode = s.PostalCode,
            City = s.City, Region = s.Region, Country = s.Country, SignupDate = s.SignupDate,
            SignupDateKey = (SELECT d.DateKey FROM dim.Date AS d WHERE d.FullDate = s.SignupDate),
            LoyaltyTier = s.LoyaltyTier, MarketingOptIn = s.MarketingOptIn, AcquisitionChannel = s.AcquisitionChannel,
            SourceUpdatedAtUtc = s.UpdatedAtUtc, IsInferred = 0, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND Customer.CustomerId = s.CustomerId AND Customer.IsInferred = 1;
        """);

    /// <summary>Type 1: corrects names, contact data and other untracked attributes on every version (unless a newer record is stored).</summary>
    public static readonly LoadStatement UpdateType1 = new("Customer.UpdateType1", """
        UPDATE dim.Customer
        SET LoyaltyId = s.LoyaltyId, Email = s.Email, EmailNormalized = s.EmailNormalized, Phone = s.Phone,
            FirstName = s.FirstName, LastName = s.LastName, BirthDate = s.BirthDate, Gender = s.Gender, PostalCode = s.PostalCode,
            SignupDate = s.SignupDate, SignupDateKey = (SELECT d.DateKey FROM dim.Date AS d WHERE d.FullDate = s.SignupDate),
            AcquisitionChannel = s.AcquisitionChannel, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND Customer.CustomerId = s.CustomerId
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS n WHERE n.CustomerId = s.CustomerId AND n.SourceUpdatedAtUtc > s.UpdatedAtUtc)
          AND (Customer.LoyaltyId IS DISTINCT FROM s.LoyaltyId OR Customer.Email IS DISTINCT FROM s.Email
               OR Customer.Phone IS DISTINCT FROM s.Phone OR Customer.FirstName IS DISTINCT FROM s.FirstName
               OR Customer.LastName IS DISTINCT FROM s.LastName OR Customer.BirthDate IS DISTINCT FROM s.BirthDate
               OR Customer.Gender IS DISTINCT FROM s.Gender OR Customer.PostalCode IS DISTINCT FROM s.PostalCode
               OR Customer.SignupDate IS DISTINCT FROM s.SignupDate OR Customer.AcquisitionChannel IS DISTINCT FROM s.AcquisitionChannel);
        """);

    /// <summary>A record with the same updated_at as the current version corrects its tracked attributes (a correction, not history).</summary>
    public static readonly LoadStatement CorrectCurrent = new("Customer.CorrectCurrent", $"""
        UPDATE dim.Customer
        SET LoyaltyTier = s.LoyaltyTier, City = s.City, Region = s.Region, Country = s.Country,
            MarketingOptIn = s.MarketingOptIn, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND Customer.CustomerId = s.CustomerId AND Customer.IsCurrent = 1
          AND Customer.SourceUpdatedAtUtc = s.UpdatedAtUtc
          AND {TrackedDiffer};
        """);

    /// <summary>Closes the current version when a newer record changes a tracked attribute.</summary>
    public static readonly LoadStatement CloseCurrent = new("Customer.CloseCurrent", $"""
        UPDATE dim.Customer
        SET ValidToUtc = s.UpdatedAtUtc, IsCurrent = 0, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND Customer.CustomerId = s.CustomerId AND Customer.IsCurrent = 1
          AND s.UpdatedAtUtc > Customer.SourceUpdatedAtUtc AND s.UpdatedAtUtc > Customer.ValidFromUtc
          AND {TrackedDiffer};
        """);

    /// <summary>Opens the new version of every customer whose current version was just closed.</summary>
    public static readonly LoadStatement OpenVersion = new("Customer.OpenVersion", """
        INSERT INTO dim.Customer (CustomerId, LoyaltyId, Email, EmailNormalized, Phone, FirstName, LastName, BirthDate, Gender,
            PostalCode, City, Region, Country, SignupDate, SignupDateKey, LoyaltyTier, MarketingOptIn, AcquisitionChannel,
            SourceUpdatedAtUtc, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred, BatchId)
        SELECT s.CustomerId, s.LoyaltyId, s.Email, s.EmailNormalized, s.Phone, s.FirstName, s.LastName, s.BirthDate, s.Gender,
            s.PostalCode, s.City, s.Region, s.Country, s.SignupDate, (SELECT d.DateKey FROM dim.Date AS d WHERE d.FullDate = s.SignupDate),
            s.LoyaltyTier, s.MarketingOptIn, s.AcquisitionChannel, s.UpdatedAtUtc, s.UpdatedAtUtc, @EndOfTime, 1, 0, @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId
          AND EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId)
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId AND c.IsCurrent = 1);
        """);

    /// <summary>Inserts the first version of customers never seen before.</summary>
    public static readonly LoadStatement InsertNew = new("Customer.InsertNew", """
        INSERT INTO dim.Customer (CustomerId, LoyaltyId, Email, EmailNormalized, Phone, FirstName, LastName, BirthDate, Gender,
            PostalCode, City, Region, Country, SignupDate, SignupDateKey, LoyaltyTier, MarketingOptIn, AcquisitionChannel,
            SourceUpdatedAtUtc, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred, BatchId)
        SELECT s.CustomerId, s.LoyaltyId, s.Email, s.EmailNormalized, s.Phone, s.FirstName, s.LastName, s.BirthDate, s.Gender,
            s.PostalCode, s.City, s.Region, s.Country, s.SignupDate, (SELECT d.DateKey FROM dim.Date AS d WHERE d.FullDate = s.SignupDate),
            s.LoyaltyTier, s.MarketingOptIn, s.AcquisitionChannel, s.UpdatedAtUtc, @BeginningOfTime, @EndOfTime, 1, 0, @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId);
        """);

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
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } = [CompleteInferred, UpdateType1, CorrectCurrent, CloseCurrent, OpenVersion, InsertNew];

    /// <inheritdoc/>
    protected override object?[] Row(CustomerRecord r, long batchId, BusinessCalendar calendar) =>
    [
        batchId, r.SourceRow, r.CustomerId, r.LoyaltyId, r.Email, Normalize(r.Email), r.Phone, r.FirstName, r.LastName, r.BirthDate,
        r.Gender, r.PostalCode, r.City, r.Region, r.Country, r.SignupDate, r.LoyaltyTier, r.MarketingOptIn ?? false, r.AcquisitionChannel,
        r.UpdatedAt.UtcDateTime,
    ];

    /// <summary>Trimmed, lower-cased email (the key email and survey events match on); null when blank.</summary>
    public static string? Normalize(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
