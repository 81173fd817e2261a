namespace CrmInsights.Etl.Validation;

/// <summary>A rejected row: where, which field, why, and the row's raw text (truncated).</summary>
/// <param name="RowNumber">1-based data record index in the file (records, not physical lines; header rows not counted).</param>
/// <param name="Field">Canonical field (or source column) at fault; empty for whole-row problems.</param>
/// <param name="Code">A <see cref="RejectCodes"/> value.</param>
/// <param name="Message">Human-readable reason including the offending value.</param>
/// <param name="RawText">The row as read, truncated to the configured length.</param>
public sealed record Reject(long RowNumber, string Field, string Code, string Message, string RawText);
