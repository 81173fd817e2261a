namespace CrmInsights.Etl.Validation;

/// <summary>Outcome of parsing a timestamp.</summary>
internal enum TimestampResult
{
    Ok,
    Invalid,
    MissingOffset,
}
