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
        where T : ICanonicalRecord
    {
        var schema = LakeSchemas.Of<T>();
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        // A column added to the entity after the file was landed (loyalty_id, email) is not in older files: it is not read,
        // and the record reads it as null (LakeRow.OptionalText); any other missing column fails naming it (LakeRow).
        var present = reader.Schema.GetDataFields().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
            int n;
            using (var rg = reader.OpenRowGroupReader(g))
            {
                n = checked((int)rg.RowCount);
                foreach (var c in schema.Columns.Where(c => present.Contains(c.Field.Name)))
                {
                    columns[c.Field.Name] = await c.ReadAsync(rg, n, cancellationToken);
                }
            }

            var row = new LakeRow(columns);
            for (var i = 0; i < n; i++)
            {
                row.Index = i;
                yield return schema.Create(row);
            }
        }
    }

    /// <summary>Reads records of an entity without naming the type at compile time.</summary>
    public static IAsyncEnumerable<ICanonicalRecord> ReadAsync(EntityKind kind, string path, CancellationToken cancellationToken = default) => kind switch
    {
        EntityKind.Customers => Upcast(ReadAsync<CustomerRecord>(path, cancellationToken)),
        EntityKind.Products => Upcast(ReadAsync<ProductRecord>(path, cancellationToken)),
        EntityKind.Stores => Upcast(ReadAsync<StoreRecord>(path, cancellationToken)),
        EntityKind.OrderLines => Upcast(ReadAsync<OrderLineRecord>(path, cancellationToken)),
        EntityKind.WebEvents => Upcast(ReadAsync<WebEventRecord>(path, cancellationToken)),
        EntityKind.Campaigns => Upcast(ReadAsync<CampaignRecord>(path, cancellationToken)),
        EntityKind.EmailEvents => Upcast(ReadAsync<EmailEventRecord>(path, cancellationToken)),
        EntityKind.SurveyResponses => Upcast(ReadAsync<SurveyResponseRecord>(path, cancellationToken)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity."),
    };

    private static async IAsyncEnumerable<ICanonicalRecord> Upcast<T>(IAsyncEnumerable<T> source)
        where T : ICanonicalRecord
    {
        await foreach (var r in source)
        {
            yield return r;
        }
    }
}
