using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// A canonical entity: its source kind, name, fields and natural key, and the record type its rows become. This row of
/// <see cref="EntityCatalog"/> is the one definition of an entity in Etl: the record builder, the lake's Parquet schema,
/// writer and reader, and the in-file natural key are all derived from it (<see cref="EntityInfo{T}"/>).
/// </summary>
/// <param name="Kind">The entity.</param>
/// <param name="SourceKind">pos, web, email or survey.</param>
/// <param name="Name">Entity name used in file names, lake paths and config (e.g. order_lines).</param>
/// <param name="Fields">Canonical fields in SOURCES.md order (also the order of the lake's columns after <c>source_row</c>).</param>
/// <param name="NaturalKey">Fields whose values identify a row; repeats within a file are duplicates.</param>
public abstract record EntityInfo(
    EntityKind Kind,
    string SourceKind,
    string Name,
    IReadOnlyList<CanonicalField> Fields,
    IReadOnlyList<string> NaturalKey)
{
    /// <summary>The typed record a valid row becomes (one record type per entity).</summary>
    public abstract Type RecordType { get; }

    /// <summary>The entity's Parquet layout in the lake.</summary>
    public abstract ILakeSchema Lake { get; }

    /// <summary>Finds a field by canonical name.</summary>
    public CanonicalField? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the record of the row <paramref name="reader"/> is positioned on (check <see cref="FieldReader.Error"/>).</summary>
    internal abstract ICanonicalRecord Build(FieldReader reader);

    /// <summary>The natural key of a record as text (fields joined with U+001F).</summary>
    internal abstract string KeyOf(ICanonicalRecord record);

    /// <summary>A writer of this entity's lake file for one batch.</summary>
    internal abstract LakeWriter CreateLakeWriter(string directory, int rowGroupSize);

    /// <summary>Streams this entity's records back from a lake file.</summary>
    internal abstract IAsyncEnumerable<ICanonicalRecord> ReadLake(string path, CancellationToken cancellationToken);
}

/// <summary>An entity whose rows become <typeparamref name="T"/>; everything but <paramref name="Complete"/> is derived from the fields.</summary>
/// <param name="Complete">
/// The entity's own rules, run after every field was read: cross-field checks that reject the row (through the reader) and
/// normalisations no field type expresses. Null when the fields say everything.
/// </param>
internal sealed record EntityInfo<T>(
    EntityKind Kind,
    string SourceKind,
    string Name,
    IReadOnlyList<CanonicalField> Fields,
    IReadOnlyList<string> NaturalKey,
    Func<FieldReader, T, T>? Complete = null) : EntityInfo(Kind, SourceKind, Name, Fields, NaturalKey)
    where T : class, ICanonicalRecord
{
    /// <inheritdoc/>
    public override Type RecordType => typeof(T);

    /// <inheritdoc/>
    public override ILakeSchema Lake => LakeSchema<T>.Of(this);

    internal override ICanonicalRecord Build(FieldReader reader)
    {
        var record = RecordFactory<T>.Of(this).Build(reader);
        return Complete is null ? record : Complete(reader, record);
    }

    internal override string KeyOf(ICanonicalRecord record) => RecordFactory<T>.Of(this).KeyOf((T)record);

    internal override LakeWriter CreateLakeWriter(string directory, int rowGroupSize) => new LakeWriter<T>(LakeSchema<T>.Of(this), directory, rowGroupSize);

    internal override IAsyncEnumerable<ICanonicalRecord> ReadLake(string path, CancellationToken cancellationToken) =>
        LakeReader.ReadAsync<T>(path, cancellationToken);
}
