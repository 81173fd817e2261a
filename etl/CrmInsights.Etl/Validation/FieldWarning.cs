namespace CrmInsights.Etl.Validation;

/// <summary>
/// An optional field whose value could not be read and was stored as NULL; the row itself was loaded
/// (<c>InvalidOptionalValues</c> = <c>Null</c>, the default). The message is the one a reject would carry.
/// </summary>
/// <param name="RowNumber">1-based data record index in the file.</param>
/// <param name="Field">Canonical field that was nulled.</param>
/// <param name="Code">A <see cref="RejectCodes"/> value: why the value could not be read.</param>
/// <param name="Message">The value seen and the configuration key that reads it.</param>
/// <param name="RawText">The row as read, truncated to the configured length.</param>
public sealed record FieldWarning(long RowNumber, string Field, string Code, string Message, string RawText);
