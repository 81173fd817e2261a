using Parquet;
using Parquet.Schema;

namespace CrmInsights.Etl.Landing;

/// <summary>One Parquet column of an entity's lake file: its field, how to write a row group of it and read it back.</summary>
internal abstract class LakeColumn<T>(DataField field)
{
    public DataField Field { get; } = field;

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<T> rows, CancellationToken cancellationToken);

    public abstract Task<Array> ReadAsync(ParquetRowGroupReader reader, int rowCount, CancellationToken cancellationToken);
}

/// <summary>A nullable UTF-8 string column.</summary>
internal sealed class TextLakeColumn<T>(string name, Func<T, string?> get) : LakeColumn<T>(new DataField<string>(name, true))
{
    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<T> rows, CancellationToken cancellationToken) =>
        writer.WriteAsync(Field, rows.Select(get).ToArray()!, null);

    public override async Task<Array> ReadAsync(ParquetRowGroupReader reader, int rowCount, CancellationToken cancellationToken)
    {
        var values = new string?[rowCount];
        await reader.ReadAsync(Field, values.AsMemory(), null, cancellationToken);
        return values;
    }
}

/// <summary>A nullable value-type column (integers, decimals, booleans, UTC timestamps, dates).</summary>
internal sealed class ValueLakeColumn<T, TValue>(DataField field, Func<T, TValue?> get) : LakeColumn<T>(field)
    where TValue : struct
{
    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var values = new TValue?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return writer.WriteAsync(Field, new ReadOnlyMemory<TValue?>(values), null, null, cancellationToken);
    }

    public override async Task<Array> ReadAsync(ParquetRowGroupReader reader, int rowCount, CancellationToken cancellationToken)
    {
        var values = new TValue?[rowCount];
        await reader.ReadAsync(Field, values.AsMemory(), null, cancellationToken);
        return values;
    }
}
