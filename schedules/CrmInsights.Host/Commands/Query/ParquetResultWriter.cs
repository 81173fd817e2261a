using System.Data.Common;
using Parquet;
using Parquet.Schema;

namespace CrmInsights.Host.Commands.Query;

/// <summary>Streams a query result into a Parquet file, one row group per 50,000 rows; column types follow the result's CLR types.</summary>
internal static class ParquetResultWriter
{
    private const int RowGroupSize = 50_000;
    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    public static async Task<long> WriteAsync(DbDataReader reader, Stream stream, CancellationToken ct)
    {
        var kinds = Enumerable.Range(0, reader.FieldCount).Select(i => Kind(reader.GetFieldType(i))).ToArray();
        var fields = kinds.Select((k, i) => Field(reader.GetName(i), k)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: ct);
        var buffer = new List<object?[]>(RowGroupSize);
        long total = 0;
        while (await reader.ReadAsync(ct))
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            buffer.Add(row);
            total++;
            if (buffer.Count == RowGroupSize)
            {
                await FlushAsync(writer, fields, kinds, buffer, ct);
            }
        }

        if (buffer.Count > 0 || total == 0)
        {
            await FlushAsync(writer, fields, kinds, buffer, ct);
        }

        return total;
    }

    private static async Task FlushAsync(ParquetWriter writer, DataField[] fields, Type[] kinds, List<object?[]> rows, CancellationToken ct)
    {
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < fields.Length; i++)
        {
            int c = i;
            Task task = kinds[i] switch
            {
                var t when t == typeof(bool) => Values(group, fields[i], rows, c, v => Convert.ToBoolean(v, Invariant), ct),
                var t when t == typeof(long) => Values(group, fields[i], rows, c, v => Convert.ToInt64(v, Invariant), ct),
                var t when t == typeof(decimal) => Values(group, fields[i], rows, c, v => Convert.ToDecimal(v, Invariant), ct),
                var t when t == typeof(double) => Values(group, fields[i], rows, c, v => Convert.ToDouble(v, Invariant), ct),
                var t when t == typeof(DateTime) => Values(group, fields[i], rows, c, v => v is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime)v, ct),
                _ => group.WriteAsync(fields[i], rows.Select(r => r[c] is null ? null : Convert.ToString(r[c], Invariant)).ToArray(), null),
            };
            await task;
        }

        rows.Clear();
    }

    private static Task Values<T>(ParquetRowGroupWriter group, DataField field, List<object?[]> rows, int column, Func<object, T> get, CancellationToken ct)
        where T : struct
    {
        var values = new T?[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            values[r] = rows[r][column] is { } value ? get(value) : null;
        }

        return group.WriteAsync(field, new ReadOnlyMemory<T?>(values), null, null, ct);
    }

    /// <summary>The Parquet column kind for a result column type: integers widen to long, dates to timestamps, the rest text.</summary>
    private static Type Kind(Type type) => type switch
    {
        _ when type == typeof(bool) => typeof(bool),
        _ when type == typeof(byte) || type == typeof(short) || type == typeof(int) || type == typeof(long) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) => typeof(long),
        _ when type == typeof(decimal) => typeof(decimal),
        _ when type == typeof(double) || type == typeof(float) => typeof(double),
        _ when type == typeof(DateTime) || type == typeof(DateOnly) => typeof(DateTime),
        _ => typeof(string),
    };

    private static DataField Field(string name, Type kind) => kind switch
    {
        _ when kind == typeof(bool) => new DataField<bool?>(name),
        _ when kind == typeof(long) => new DataField<long?>(name),
        _ when kind == typeof(decimal) => new DecimalDataField(name, 38, 6, isNullable: true),
        _ when kind == typeof(double) => new DataField<double?>(name),
        _ when kind == typeof(DateTime) => new DateTimeDataField(name, DateTimeFormat.Timestamp, isNullable: true),
        _ => new DataField<string>(name, true),
    };
}
