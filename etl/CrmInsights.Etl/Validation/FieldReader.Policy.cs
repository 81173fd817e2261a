namespace CrmInsights.Etl.Validation;

// What an unreadable value does: an optional field is stored as NULL with a field-level warning and the row loads
// (Etl:Sources:<source>[:Entities:<entity>]:InvalidOptionalValues = Null, the default), so one bad birth date does not
// lose a customer; a required field, a natural-key field or one whose NULL the load would replace by a default
// (CanonicalField.RejectWhenInvalid: an order line's currency, unit cost, discount, tax) always rejects the row, as does
// the Reject setting. A value
// that reads but that the warehouse cannot hold (longer than its column, too large for its decimal, a timestamp past
// Etl:FutureHorizon, a day outside the calendar dim.Date covers) is invalid the same way: the storage limits decide, this policy decides what follows.
internal sealed partial class FieldReader
{
    private readonly List<FieldWarning> _warnings = [];

    /// <summary>The optional fields of the current row that were nulled, with the reason each would have rejected it.</summary>
    public IReadOnlyList<FieldWarning> Warnings => _warnings;

    private void Invalid(string field, string code, string message)
    {
        if (mapping.RejectsInvalidOptionalValues || mapping.Entity.Field(field) is not { Required: false, RejectWhenInvalid: false } || mapping.Entity.NaturalKey.Contains(field, StringComparer.OrdinalIgnoreCase))
        {
            Fail(field, code, message);
            return;
        }

        _warnings.Add(new FieldWarning(_row.RowNumber, field, code, message, _row.RawText));
    }

    private string? Stored(string field, string? value) => value is not null && Unstorable(field, value) ? null : value;

    private decimal? Stored(string field, decimal? value) => value is { } v && Unstorable(field, v) ? null : value;

    private DateTimeOffset? Stored(string field, DateTimeOffset? value) => value is { } v && Unstorable(field, v) ? null : value;

    private DateOnly? Stored(string field, DateOnly? value) => value is { } v && Unstorable(field, v) ? null : value;

    private bool Unstorable(string field, object value)
    {
        if (storage.FieldProblem(field, value) is not { } problem)
        {
            return false;
        }

        Invalid(field, problem.Code, problem.Message);
        return true;
    }
}
