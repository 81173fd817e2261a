using System.Linq.Expressions;
using System.Reflection;
using Parquet;
using Parquet.Schema;

namespace CrmInsights.Etl.Landing;

/// <summary>One Parquet column of an entity's lake file: its field, how to write a row group of it and read it back.</summary>
internal abstract class LakeColumn<T>(DataField field)
{
    public DataField Field { get; } = field;

    /// <summary>The element type of the array <see cref="ReadAsync"/> returns.</summary>
    public abstract Type StoredType { get; }

    /// <summary>The record property's value from one stored cell (identity except for timestamps).</summary>
    public virtual Expression FromStored(Expression cell) => cell;

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<T> rows, CancellationToken cancellationToken);

    /// <summary>The column's values in a row group; all nulls when an older file lacks the (nullable) column.</summary>
    public abstract Task<Array> ReadAsync(ParquetRowGroupReader reader, bool present, int rowCount, CancellationToken cancellationToken);
}

/// <summary>A nullable UTF-8 string column.</summary>
internal sealed class TextLakeColumn<T>(string name, Func<T, string?> get) : LakeColumn<T>(new DataField<string>(name, true))
{
    public override Type StoredType => typeof(string);

    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<T> rows, CancellationToken cancellationToken) =>
        writer.WriteAsync(Field, rows.Select(get).ToArray()!, null);

    public override async Task<Array> ReadAsync(ParquetRowGroupReader reader, bool present, int rowCount, CancellationToken cancellationToken)
    {
        var values = new string?[rowCount];
        if (present)
        {
            await reader.ReadAsync(Field, values.AsMemory(), null, cancellationToken);
        }

        return values;
    }
}

/// <summary>A nullable value-type column (integers, decimals, booleans, UTC timestamps, dates).</summary>
internal class ValueLakeColumn<T, TValue>(DataField field, Func<T, TValue?> get) : LakeColumn<T>(field)
    where TValue : struct
{
    public override Type StoredType => typeof(TValue?);

    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var values = new TValue?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return writer.WriteAsync(Field, new ReadOnlyMemory<TValue?>(values), null, null, cancellationToken);
    }

    public override async Task<Array> ReadAsync(ParquetRowGroupReader reader, bool present, int rowCount, CancellationToken cancellationToken)
    {
        var values = new TValue?[rowCount];
        if (present)
        {
            await reader.ReadAsync(Field, values.AsMemory(), null, cancellationToken);
        }

        return values;
    }
}

/// <summary>UTC instant with microsecond precision (the original offset is not kept; the load derives local dates from the instant).</summary>
internal sealed class TimestampLakeColumn<T>(string name, Func<T, DateTimeOffset?> get) : ValueLakeColumn<T, DateTime>(
    new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
    r => get(r)?.UtcDateTime)
{
    private static readonly MethodInfo ToInstant = typeof(TimestampLakeColumn<T>).GetMethod(nameof(Instant), BindingFlags.NonPublic | BindingFlags.Static)!;

    public override Expression FromStored(Expression cell) => Expression.Call(ToInstant, cell);

    private static DateTimeOffset? Instant(DateTime? utc) => utc is { } dt ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)) : null;
}

/// <summary>The lake column of a record property, chosen by its CLR type.</summary>
internal static class LakeColumns
{
    public static LakeColumn<T> For<T>(string name, PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            _ when type == typeof(string) => new TextLakeColumn<T>(name, Getter<T, string?>(property)),
            _ when type == typeof(int) => new ValueLakeColumn<T, int>(new DataField<int?>(name), Getter<T, int?>(property)),
            _ when type == typeof(long) => new ValueLakeColumn<T, long>(new DataField<long?>(name), Getter<T, long?>(property)),
            _ when type == typeof(bool) => new ValueLakeColumn<T, bool>(new DataField<bool?>(name), Getter<T, bool?>(property)),
            _ when type == typeof(DateOnly) => new ValueLakeColumn<T, DateOnly>(new DataField<DateOnly?>(name), Getter<T, DateOnly?>(property)),
            // decimal(19,4), the warehouse's money type.
            _ when type == typeof(decimal) => new ValueLakeColumn<T, decimal>(new DecimalDataField(name, 19, 4, isNullable: true), Getter<T, decimal?>(property)),
            _ when type == typeof(DateTimeOffset) => new TimestampLakeColumn<T>(name, Getter<T, DateTimeOffset?>(property)),
            _ => throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is {type.Name}: no lake column type stores it."),
        };
    }

    private static Func<T, TValue> Getter<T, TValue>(PropertyInfo property)
    {
        var record = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, TValue>>(Expression.Convert(Expression.Property(record, property), typeof(TValue)), record).Compile();
    }
}
