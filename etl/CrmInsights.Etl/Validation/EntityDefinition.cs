using System.Globalization;
using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// One row of <see cref="EntityDefinitions"/>: everything the pipeline needs of an entity besides its fields
/// (<see cref="EntityCatalog"/>) and its loader's SQL. The lake writer and reader, the record builder's dispatch and the
/// natural key are derived from it, so no code switches on the entity kind.
/// </summary>
internal abstract class EntityDefinition
{
    /// <summary>The entity's fields and natural key.</summary>
    public abstract EntityInfo Info { get; }

    /// <summary>The typed record of a row.</summary>
    public abstract Type RecordType { get; }

    /// <summary>The Parquet layout in the lake.</summary>
    public abstract ILakeSchema Lake { get; }

    /// <summary>The loader (stage rows and apply statements).</summary>
    public abstract IEntityLoader Loader { get; }

    public abstract LakeWriter CreateWriter(string directory, int rowGroupSize);

    public abstract IAsyncEnumerable<ICanonicalRecord> ReadAsync(string path, CancellationToken cancellationToken);

    public abstract ICanonicalRecord Build(RecordBuilder builder);

    /// <summary>
    /// The natural key (<see cref="EntityInfo.NaturalKey"/>) of a record as text: the values of its lake columns, joined
    /// with U+001F. Instants count to the millisecond, as the warehouse stores them: two versions of a customer whose
    /// updated_at differ by less are the same version.
    /// </summary>
    public abstract string KeyOf(ICanonicalRecord record);
}

/// <inheritdoc/>
internal sealed class EntityDefinition<T> : EntityDefinition
    where T : ICanonicalRecord
{
    private readonly Func<RecordBuilder, T> _build;
    private readonly LakeColumn<T>[] _key;

    public EntityDefinition(EntityKind kind, LakeSchema<T> lake, Func<RecordBuilder, T> build, IEntityLoader loader)
    {
        Info = EntityCatalog.Get(kind);
        TypedLake = lake;
        _build = build;
        Loader = loader;
        _key = [.. Info.NaturalKey.Select(name => lake.Columns.SingleOrDefault(c => c.Field.Name == name)
            ?? throw new InvalidOperationException($"{kind}: natural-key field {name} is not a column of its lake schema."))];
        if (loader.Kind != kind)
        {
            throw new InvalidOperationException($"{kind}: the loader given is {loader.Kind}'s.");
        }
    }

    public override EntityInfo Info { get; }

    public LakeSchema<T> TypedLake { get; }

    public override Type RecordType => typeof(T);

    public override ILakeSchema Lake => TypedLake;

    public override IEntityLoader Loader { get; }

    public override LakeWriter CreateWriter(string directory, int rowGroupSize) => new LakeWriter<T>(TypedLake, directory, rowGroupSize);

    public override async IAsyncEnumerable<ICanonicalRecord> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in LakeReader.ReadAsync<T>(path, cancellationToken))
        {
            yield return record;
        }
    }

    public override ICanonicalRecord Build(RecordBuilder builder) => _build(builder);

    public override string KeyOf(ICanonicalRecord record)
    {
        var typed = (T)record;
        return string.Join('\u001f', _key.Select(c => Part(c.Value(typed))));
    }

    private static string Part(object? value) => value switch
    {
        null => "",
        DateTime instant => (instant.Ticks / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
