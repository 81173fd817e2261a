using System.Runtime.CompilerServices;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using Parquet;

namespace CrmInsights.Etl.Landing;

/// <summary>Streams typed records back from a landed Parquet file, one row group in memory at a time (for replay and the load step).</summary>
public static class LakeReader
{
    /// <summary>Reads records of type <typeparamref name="T"/> (e.g. <see cref="OrderLineRecord"/>) from a lake file.</summary>
    public static async IAsyncEnumerable<T> ReadAsync<T>(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class, ICanonicalRecord
    {
        var schema = LakeSchema<T>.Of(EntityCatalog.Of<T>());
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        var inFile = reader.Schema.GetDataFields().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (schema.Columns.FirstOrDefault(c => !inFile.Contains(c.Field.Name) && !Optional(c)) is { } missing)
        {
            throw new InvalidDataException($"Lake file {path} has no column {missing.Field.Name}, which every {typeof(T).Name} has.");
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var columns = new Array[schema.Columns.Count];
            int n;
            using (var rg = reader.OpenRowGroupReader(g))
            {
                n = checked((int)rg.RowCount);
                for (var k = 0; k < columns.Length; k++)
                {
                    var column = schema.Columns[k];
                    columns[k] = await column.ReadAsync(rg, inFile.Contains(column.Field.Name), n, cancellationToken);
                }
            }

            for (var i = 0; i < n; i++)
            {
                yield return schema.Create(columns, i);
            }
        }
    }

    /// <summary>Reads records of an entity without naming the type at compile time.</summary>
    public static IAsyncEnumerable<ICanonicalRecord> ReadAsync(EntityKind kind, string path, CancellationToken cancellationToken = default) =>
        EntityCatalog.Get(kind).ReadLake(path, cancellationToken);

    // Columns added to an entity after lake files were first written (e.g. order lines' loyalty_id and email) read as NULL
    // from an older file; a required field's column is in every file the lake ever held, so its absence is corruption.
    private static bool Optional<T>(LakeColumn<T> column)
        where T : class, ICanonicalRecord =>
        EntityCatalog.Of<T>().Field(column.Field.Name) is { Required: false };
}
