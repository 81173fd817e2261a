namespace CrmInsights.Etl.Validation.Records;

/// <summary>pos/customers row.</summary>
public sealed record CustomerRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>customer_id (required).</summary>
    public required string CustomerId { get; init; }
    /// <summary>loyalty_id.</summary>
    public string? LoyaltyId { get; init; }
    /// <summary>email, trimmed and lower-cased.</summary>
    public string? Email { get; init; }
    /// <summary>phone.</summary>
    public string? Phone { get; init; }
    /// <summary>first_name.</summary>
    public string? FirstName { get; init; }
    /// <summary>last_name.</summary>
    public string? LastName { get; init; }
    /// <summary>birth_date.</summary>
    public DateOnly? BirthDate { get; init; }
    /// <summary>gender.</summary>
    public string? Gender { get; init; }
    /// <summary>postal_code.</summary>
    public string? PostalCode { get; init; }
    /// <summary>city (SCD2).</summary>
    public string? City { get; init; }
    /// <summary>region (SCD2).</summary>
    public string? Region { get; init; }
    /// <summary>country (SCD2).</summary>
    public string? Country { get; init; }
    /// <summary>signup_date (required).</summary>
    public DateOnly SignupDate { get; init; }
    /// <summary>loyalty_tier (SCD2).</summary>
    public string? LoyaltyTier { get; init; }
    /// <summary>marketing_opt_in (SCD2).</summary>
    public bool? MarketingOptIn { get; init; }
    /// <summary>acquisition_channel.</summary>
    public string? AcquisitionChannel { get; init; }
    /// <summary>updated_at (required).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
