namespace CrmInsights.Etl.Validation;

/// <summary>One canonical field: name, type, whether required, allowed codes and numeric range.</summary>
/// <param name="Name">Canonical name (SOURCES.md).</param>
/// <param name="Type">Parsed type.</param>
/// <param name="Required">A row without it is rejected.</param>
/// <param name="Allowed">For <see cref="FieldType.Code"/>: the accepted values.</param>
/// <param name="Min">Inclusive minimum for numbers (scores are rejected outside, not clamped).</param>
/// <param name="Max">Inclusive maximum for numbers.</param>
/// <param name="RejectWhenInvalid">
/// The load replaces a NULL here with a default (an order line's currency, the product's unit cost, a zero discount or
/// tax), so an unreadable value cannot be nulled without changing the money: it rejects the row even though the field
/// is optional.
/// </param>
/// <param name="AddedLater">Added to the entity after lake files were first landed: an older lake file may lack its column (read as NULL).</param>
public sealed record CanonicalField(
    string Name,
    FieldType Type,
    bool Required = false,
    IReadOnlyList<string>? Allowed = null,
    long? Min = null,
    long? Max = null,
    bool RejectWhenInvalid = false,
    bool AddedLater = false);
