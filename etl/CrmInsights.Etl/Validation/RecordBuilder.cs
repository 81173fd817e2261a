using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// Builds the typed canonical record of a mapped row, or the reject saying why it cannot; <see cref="Warnings"/> lists the
/// optional fields of the built record that were stored as NULL because their value could not be read. How each field is
/// read follows from the entity's definition (<see cref="EntityInfo"/>).
/// </summary>
internal sealed class RecordBuilder(EntityMapping mapping, bool textNumbers = false)
{
    private readonly FieldReader _r = new(mapping, textNumbers);

    public EntityKind Kind => mapping.Entity.Kind;

    /// <summary>The nulled fields of the last row built; empty when it was rejected (a rejected row loads no field).</summary>
    public IReadOnlyList<FieldWarning> Warnings => _r.Error is null ? _r.Warnings : [];

    public (ICanonicalRecord? Record, Reject? Reject) Build(MappedRow row)
    {
        _r.Reset(row);
        var record = mapping.Entity.Build(_r);
        return _r.Error is null ? (record, null) : (null, _r.Error);
    }
}
