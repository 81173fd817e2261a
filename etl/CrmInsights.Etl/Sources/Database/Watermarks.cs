using System.Globalization;

namespace CrmInsights.Etl.Sources.Database;

/// <summary>Converts high-water marks between their stored text and query parameter values, and keeps the maximum seen.</summary>
internal static class Watermarks
{
    public static object ToParameter(string? stored, WatermarkType type) => stored is null
        ? DBNull.Value
        : type switch
        {
            WatermarkType.Timestamp => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).UtcDateTime,
            WatermarkType.Number => long.Parse(stored, CultureInfo.InvariantCulture),
            _ => stored,
        };

    public static string? ToStored(object? value, WatermarkType type) => value switch
    {
        null or DBNull => null,
        DateTimeOffset dto => dto.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture),
        _ when type == WatermarkType.Number => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => DbRowSource.ToText(value),
    };

    public static bool IsGreater(object candidate, object? current, WatermarkType type)
    {
        if (current is null)
        {
            return true;
        }

        return type switch
        {
            WatermarkType.Number => Convert.ToInt64(candidate, CultureInfo.InvariantCulture) > Convert.ToInt64(current, CultureInfo.InvariantCulture),
            WatermarkType.Text => string.CompareOrdinal(DbRowSource.ToText(candidate), DbRowSource.ToText(current)) > 0,
            _ => Instant(candidate) > Instant(current),
        };
    }

    private static DateTimeOffset Instant(object v) => v switch
    {
        DateTimeOffset dto => dto,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        _ => DateTimeOffset.Parse(DbRowSource.ToText(v)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
    };
}
