namespace CrmInsights.Etl.Loading.Entities;

/// <summary>The SCD type 2 statements: numbering the batch's records per customer, then one round per position.</summary>
public sealed partial class CustomerLoader
{
    private const string Columns = """
        CustomerId, LoyaltyId, Email, EmailNormalized, Phone, FirstName, LastName, BirthDate, Gender,
            PostalCode, City, Region, Country, SignupDate, SignupDateKey, LoyaltyTier, MarketingOptIn, AcquisitionChannel,
            SourceUpdatedAtUtc, ValidFromUtc, ValidToUtc, IsCurrent, IsInferred, BatchId
        """;

    // In a split, the record that is newer than the version's own record (s when s.UpdatedAtUtc > v.SourceUpdatedAtUtc)
    // takes the tail of the range and the older one the head, whichever arrived first.
    private const string RecordIsNewer = "s.UpdatedAtUtc > v.SourceUpdatedAtUtc";

    /// <summary>Numbers each customer's records of the batch by updated_at (1 = oldest): round k applies the k-th.</summary>
    public static readonly LoadStatement NumberVersions = new("Customer.NumberVersions", """
        UPDATE stage.PosCustomer
        SET VersionSeq = n.VersionSeq
        FROM (SELECT s.RowNumber,
                  ROW_NUMBER() OVER (PARTITION BY s.CustomerId ORDER BY s.UpdatedAtUtc, s.RowNumber) AS VersionSeq
              FROM stage.PosCustomer AS s
              WHERE s.BatchId = @BatchId) AS n
        WHERE PosCustomer.BatchId = @BatchId AND PosCustomer.RowNumber = n.RowNumber;
        """);

    /// <summary>The number of rounds: the most records one customer has in the batch.</summary>
    public static readonly LoadStatement CountRounds = new("Customer.CountRounds", """
        SELECT MAX(s.VersionSeq) FROM stage.PosCustomer AS s WHERE s.BatchId = @BatchId;
        """);

    /// <summary>
    /// An inferred member created by order lines that named the buyer by loyalty id only (<c>loyalty:&lt;id&gt;</c>) takes the
    /// master record's customer id when the record carries that loyalty id; CompleteInferred then completes it.
    /// </summary>
    public static readonly LoadStatement AdoptInferredByLoyaltyId = new("Customer.AdoptInferredByLoyaltyId", """
        UPDATE dim.Customer
        SET CustomerId = s.CustomerId, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND s.LoyaltyId IS NOT NULL AND Customer.IsInferred = 1
          AND Customer.CustomerId = CONCAT('loyalty:', s.LoyaltyId)
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS x WHERE x.CustomerId = s.CustomerId);
        """);

    /// <summary>Likewise for members inferred from an email address (<c>email:&lt;hash&gt;</c>, matched on the normalised address).</summary>
    public static readonly LoadStatement AdoptInferredByEmail = new("Customer.AdoptInferredByEmail", """
        UPDATE dim.Customer
        SET CustomerId = s.CustomerId, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND s.EmailNormalized IS NOT NULL AND Customer.IsInferred = 1
          AND Customer.EmailNormalized = s.EmailNormalized AND Customer.CustomerId LIKE 'email:%'
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS x WHERE x.CustomerId = s.CustomerId);
        """);

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
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND Customer.CustomerId = s.CustomerId AND Customer.IsInferred = 1;
        """);

    /// <summary>Type 1: corrects names, contact data and other untracked attributes on every version (unless a newer record is stored).</summary>
    public static readonly LoadStatement UpdateType1 = new("Customer.UpdateType1", """
        UPDATE dim.Customer
        SET LoyaltyId = s.LoyaltyId, Email = s.Email, EmailNormalized = s.EmailNormalized, Phone = s.Phone,
            FirstName = s.FirstName, LastName = s.LastName, BirthDate = s.BirthDate, Gender = s.Gender, PostalCode = s.PostalCode,
            SignupDate = s.SignupDate, SignupDateKey = (SELECT d.DateKey FROM dim.Date AS d WHERE d.FullDate = s.SignupDate),
            AcquisitionChannel = s.AcquisitionChannel, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND Customer.CustomerId = s.CustomerId
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS n WHERE n.CustomerId = s.CustomerId AND n.SourceUpdatedAtUtc > s.UpdatedAtUtc)
          AND (Customer.LoyaltyId IS DISTINCT FROM s.LoyaltyId OR Customer.Email IS DISTINCT FROM s.Email
               OR Customer.Phone IS DISTINCT FROM s.Phone OR Customer.FirstName IS DISTINCT FROM s.FirstName
               OR Customer.LastName IS DISTINCT FROM s.LastName OR Customer.BirthDate IS DISTINCT FROM s.BirthDate
               OR Customer.Gender IS DISTINCT FROM s.Gender OR Customer.PostalCode IS DISTINCT FROM s.PostalCode
               OR Customer.SignupDate IS DISTINCT FROM s.SignupDate OR Customer.AcquisitionChannel IS DISTINCT FROM s.AcquisitionChannel);
        """);

    /// <summary>A record with the same updated_at as a version's own record corrects that version's tracked attributes (a correction, not history).</summary>
    public static readonly LoadStatement CorrectVersion = new("Customer.CorrectVersion", $"""
        UPDATE dim.Customer
        SET LoyaltyTier = s.LoyaltyTier, City = s.City, Region = s.Region, Country = s.Country,
            MarketingOptIn = s.MarketingOptIn, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND Customer.CustomerId = s.CustomerId AND Customer.IsInferred = 0
          AND Customer.SourceUpdatedAtUtc = s.UpdatedAtUtc
          AND {TrackedDiffer("Customer")};
        """);

    /// <summary>
    /// Splits the version whose range holds the record's updated_at when the record changes a tracked attribute: inserts the
    /// tail of the range (from the later of the two updated_at values, with the later record's tracked attributes, current
    /// when the split version was). Type 1 attributes come from the split version, which holds the newest ones.
    /// </summary>
    public static readonly LoadStatement SplitInsert = new("Customer.SplitInsert", $"""
        INSERT INTO dim.Customer ({Columns})
        SELECT v.CustomerId, v.LoyaltyId, v.Email, v.EmailNormalized, v.Phone, v.FirstName, v.LastName, v.BirthDate, v.Gender,
            v.PostalCode,
            CASE WHEN {RecordIsNewer} THEN s.City ELSE v.City END,
            CASE WHEN {RecordIsNewer} THEN s.Region ELSE v.Region END,
            CASE WHEN {RecordIsNewer} THEN s.Country ELSE v.Country END,
            v.SignupDate, v.SignupDateKey,
            CASE WHEN {RecordIsNewer} THEN s.LoyaltyTier ELSE v.LoyaltyTier END,
            CASE WHEN {RecordIsNewer} THEN s.MarketingOptIn ELSE v.MarketingOptIn END,
            v.AcquisitionChannel,
            CASE WHEN {RecordIsNewer} THEN s.UpdatedAtUtc ELSE v.SourceUpdatedAtUtc END,
            CASE WHEN {RecordIsNewer} THEN s.UpdatedAtUtc ELSE v.SourceUpdatedAtUtc END,
            v.ValidToUtc, v.IsCurrent, 0, @BatchId
        FROM stage.PosCustomer AS s
        INNER JOIN dim.Customer AS v ON v.CustomerId = s.CustomerId AND v.ValidFromUtc <= s.UpdatedAtUtc AND v.ValidToUtc > s.UpdatedAtUtc
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND v.IsInferred = 0 AND v.SourceUpdatedAtUtc <> s.UpdatedAtUtc
          AND {TrackedDiffer("v")};
        """);

    /// <summary>
    /// Shrinks each version just split to the head of its range: it ends where the tail starts, is no longer current, and
    /// takes the earlier record's tracked attributes (its own when the new record is the later one).
    /// </summary>
    public static readonly LoadStatement SplitShrink = new("Customer.SplitShrink", $"""
        UPDATE dim.Customer
        SET ValidToUtc = CASE WHEN {Newer("Customer")} THEN s.UpdatedAtUtc ELSE Customer.SourceUpdatedAtUtc END,
            City = CASE WHEN {Newer("Customer")} THEN Customer.City ELSE s.City END,
            Region = CASE WHEN {Newer("Customer")} THEN Customer.Region ELSE s.Region END,
            Country = CASE WHEN {Newer("Customer")} THEN Customer.Country ELSE s.Country END,
            LoyaltyTier = CASE WHEN {Newer("Customer")} THEN Customer.LoyaltyTier ELSE s.LoyaltyTier END,
            MarketingOptIn = CASE WHEN {Newer("Customer")} THEN Customer.MarketingOptIn ELSE s.MarketingOptIn END,
            SourceUpdatedAtUtc = CASE WHEN {Newer("Customer")} THEN Customer.SourceUpdatedAtUtc ELSE s.UpdatedAtUtc END,
            IsCurrent = 0, BatchId = @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND Customer.CustomerId = s.CustomerId AND Customer.IsInferred = 0
          AND Customer.ValidFromUtc <= s.UpdatedAtUtc AND Customer.ValidToUtc > s.UpdatedAtUtc AND Customer.SourceUpdatedAtUtc <> s.UpdatedAtUtc
          AND EXISTS (SELECT 1 FROM dim.Customer AS t
                      WHERE t.CustomerId = s.CustomerId AND t.CustomerKey <> Customer.CustomerKey
                        AND t.ValidFromUtc = CASE WHEN {Newer("Customer")} THEN s.UpdatedAtUtc ELSE Customer.SourceUpdatedAtUtc END);
        """);

    /// <summary>Inserts the first version of customers never seen before.</summary>
    public static readonly LoadStatement InsertNew = new("Customer.InsertNew", $"""
        INSERT INTO dim.Customer ({Columns})
        SELECT s.CustomerId, s.LoyaltyId, s.Email, s.EmailNormalized, s.Phone, s.FirstName, s.LastName, s.BirthDate, s.Gender,
            s.PostalCode, s.City, s.Region, s.Country, s.SignupDate, (SELECT d.DateKey FROM dim.Date AS d WHERE d.FullDate = s.SignupDate),
            s.LoyaltyTier, s.MarketingOptIn, s.AcquisitionChannel, s.UpdatedAtUtc, @BeginningOfTime, @EndOfTime, 1, 0, @BatchId
        FROM stage.PosCustomer AS s
        WHERE s.BatchId = @BatchId AND s.VersionSeq = @Seq AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c WHERE c.CustomerId = s.CustomerId);
        """);

    // Declared after the statements it lists: static fields of one file initialise in textual order.

    /// <summary>The statements run once per round (round k applies each customer's k-th oldest record of the batch).</summary>
    public static IReadOnlyList<LoadStatement> RoundStatements { get; } =
        [AdoptInferredByLoyaltyId, AdoptInferredByEmail, CompleteInferred, UpdateType1, CorrectVersion, SplitInsert, SplitShrink, InsertNew];

    private static string Newer(string version) => $"s.UpdatedAtUtc > {version}.SourceUpdatedAtUtc";

    private static string TrackedDiffer(string version) => $"""
        ({version}.LoyaltyTier IS DISTINCT FROM s.LoyaltyTier OR {version}.City IS DISTINCT FROM s.City
               OR {version}.Region IS DISTINCT FROM s.Region OR {version}.Country IS DISTINCT FROM s.Country
               OR {version}.MarketingOptIn IS DISTINCT FROM s.MarketingOptIn)
        """;
}
