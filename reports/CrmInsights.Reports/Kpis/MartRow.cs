using System.Globalization;

namespace CrmInsights.Reports.Kpis;

/// <summary>One row of a mart query by column name, with typed getters that keep NULL as null.</summary>
internal sealed class MartRow(Dictionary<string, object?> values)
{
    public object? this[string column] =>
        values.TryGetValue(column, out var v) ? v : throw new KeyNotFoundException($"The mart query returned no column '{column}'.");

    /// <summary>Whether the query returned the column.</summary>
    public bool Has(string column) => values.ContainsKey(column);

    public decimal? Dec(string column) => this[column] is { } v ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : null;

    public long Long(string column) => this[column] is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;

    public int Int(string column) => (int)Long(column);

    public string? Str(string column) => this[column] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public DateTime? Time(string column) => this[column] is { } v ? Convert.ToDateTime(v, CultureInfo.InvariantCulture) : null;

    /// <summary>A yyyymmdd date key as a date.</summary>
    public DateOnly? DateKey(string column) =>
        this[column] is { } v && DateOnly.TryParseExact(Convert.ToString(v, CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
