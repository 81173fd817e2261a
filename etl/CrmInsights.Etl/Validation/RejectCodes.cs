namespace CrmInsights.Etl.Validation;

/// <summary>Stable reason codes of a rejected row (stored in etl reject rows and rejects files).</summary>
public static class RejectCodes
{
    /// <summary>A required field is blank or missing.</summary>
    public const string MissingRequired = "missing_required";

    /// <summary>Not a whole number (or out of the integer type's range).</summary>
    public const string InvalidInteger = "invalid_integer";

    /// <summary>Not a decimal number / money amount, or more than 4 decimal places.</summary>
    public const string InvalidNumber = "invalid_number";

    /// <summary>Not one of true/false, Y/N, yes/no, 1/0.</summary>
    public const string InvalidBoolean = "invalid_boolean";

    /// <summary>Not a date/time in an accepted format.</summary>
    public const string InvalidTimestamp = "invalid_timestamp";

    /// <summary>A date/time without an offset and no time zone configured for it.</summary>
    public const string MissingOffset = "missing_offset";

    /// <summary>Not a calendar date.</summary>
    public const string InvalidDate = "invalid_date";

    /// <summary>A number or epoch value outside its scale (scores are rejected, not clamped).</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>A code not in the allowed list (channel, event type, bounce type, touchpoint).</summary>
    public const string InvalidCode = "invalid_code";

    /// <summary>Not an email address.</summary>
    public const string InvalidEmail = "invalid_email";

    /// <summary>A survey response with neither customer_id nor email.</summary>
    public const string MissingIdentity = "missing_identity";

    /// <summary>A CSV record with a different number of fields than the header.</summary>
    public const string ColumnCount = "column_count";

    /// <summary>A JSON Lines line that is not a JSON object.</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>Text containing control characters that cannot be data (NUL).</summary>
    public const string InvalidText = "invalid_text";

    /// <summary>Text longer than the warehouse column that would hold it.</summary>
    public const string TooLong = "too_long";

    /// <summary>A number with more decimal places than the warehouse column holds (never rounded silently).</summary>
    public const string TooPrecise = "too_precise";

    /// <summary>A timestamp later than the run plus <c>Etl:FutureHorizon</c>.</summary>
    public const string FutureTimestamp = "future_timestamp";
}
