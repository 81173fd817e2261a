using Parquet.Schema;

namespace CrmInsights.Etl.Landing;

/// <summary>Typed access to one row of a row group read from the lake.</summary>
internal sealed class LakeRow(IReadOnlyDictionary<string, Array> columns)
{
    public int Index { get; set; }

    public string? Text(string name) => (string?)Column(name).GetValue(Index);

    /// <summary>A text column added after lake files were first written: null when an older file lacks it.</summary>
    public string? OptionalText(string name) => columns.TryGetValue(name, out var c) ? (string?)c.GetValue(Index) : null;

    public TValue? Value<TValue>(string name)
        where TValue : struct => ((TValue?[])Column(name))[Index];

    public DateTimeOffset? Timestamp(string name) =>
        Value<DateTime>(name) is { } dt ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)) : null;

    private Array Column(string name) => columns.TryGetValue(name, out var c)
        ? c
        : throw new InvalidDataException($"The lake file has no column '{name}' (only columns added later, read by OptionalText, may be absent).");
}

/// <summary>Field factories shared by the entity schemas.</summary>
internal static class LakeFields
{
    public static TextLakeColumn<T> Text<T>(string name, Func<T, string?> get) => new(name, get);

    public static ValueLakeColumn<T, int> Int<T>(string name, Func<T, int?> get) => new(new DataField<int?>(name), get);

    public static ValueLakeColumn<T, long> Long<T>(string name, Func<T, long?> get) => new(new DataField<long?>(name), get);

    public static ValueLakeColumn<T, bool> Bool<T>(string name, Func<T, bool?> get) => new(new DataField<bool?>(name), get);

    public static ValueLakeColumn<T, DateOnly> Date<T>(string name, Func<T, DateOnly?> get) => new(new DataField<DateOnly?>(name), get);

    /// <summary>decimal(19,4), the warehouse's money type.</summary>
    public static ValueLakeColumn<T, decimal> Money<T>(string name, Func<T, decimal?> get) =>
        new(new DecimalDataField(name, 19, 4, isNullable: true), get);

    /// <summary>UTC instant with microsecond precision (the original offset is not kept; the load derives local dates from the instant).</summary>
    public static ValueLakeColumn<T, DateTime> Timestamp<T>(string name, Func<T, DateTimeOffset?> get) =>
        new(new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
            r => get(r)?.UtcDateTime);
}
