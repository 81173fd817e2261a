namespace CrmInsights.Etl.Validation;

/// <summary>Canonical value types a field is parsed into.</summary>
public enum FieldType
{
    /// <summary>Free text (kept as is, trimmed).</summary>
    Text,

    /// <summary>
    /// A customer identifier (customer_id, loyalty_id, user_id): trimmed text, but a whole number written with a zero fraction
    /// (<c>17850.0</c>) is the same id as <c>17850</c>.
    /// </summary>
    Identifier,

    /// <summary>A code from a fixed list (lower-cased).</summary>
    Code,

    /// <summary>An email address (trimmed, lower-cased).</summary>
    Email,

    /// <summary>32-bit integer.</summary>
    WholeNumber,

    /// <summary>64-bit integer.</summary>
    LargeWholeNumber,

    /// <summary>Decimal number, at most 4 decimal places (money is decimal(19,4)).</summary>
    Number,

    /// <summary>true/false, Y/N, yes/no, 1/0.</summary>
    Boolean,

    /// <summary>ISO 8601 date and time with an offset (or a configured time zone).</summary>
    Timestamp,

    /// <summary>Calendar date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>Unix epoch seconds.</summary>
    UnixSeconds,

    /// <summary>Unix epoch microseconds.</summary>
    UnixMicros,
}
