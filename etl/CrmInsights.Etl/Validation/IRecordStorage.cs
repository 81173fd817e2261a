using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// Whether the warehouse can store what a row would put in it. A field's value that reads but cannot be stored is treated
/// by <see cref="FieldReader"/> as one that does not read (optional: NULL with a field warning; required or natural key:
/// the row is rejected); <see cref="RecordProblem"/> is the last check of the whole record (values the loader derives).
/// </summary>
internal interface IRecordStorage
{
    /// <summary>The reason code and message when <paramref name="value"/> of canonical field <paramref name="field"/> cannot be stored; null when it fits.</summary>
    (string Code, string Message)? FieldProblem(string field, object value);

    /// <summary>The field, reason code and message of the first value of the record's stage row that cannot be stored; null when all fit.</summary>
    (string Field, string Code, string Message)? RecordProblem(ICanonicalRecord record);
}
