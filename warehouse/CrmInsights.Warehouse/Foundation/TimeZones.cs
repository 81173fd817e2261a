using System.Diagnostics.CodeAnalysis;
using TimeZoneConverter;

namespace CrmInsights.Warehouse.Foundation;

/// <summary>
/// Resolves a time zone id, IANA ("Europe/London") or Windows ("GMT Standard Time"), on every
/// operating system. <see cref="TimeZoneInfo.FindSystemTimeZoneById(string)"/> cannot be trusted for
/// this: the product runs with InvariantGlobalization, and on Windows the IANA-to-Windows mapping
/// comes from ICU, which invariant mode switches off, so "Europe/London" would not be found by a
/// Windows service. TimeZoneConverter carries the CLDR mapping itself.
/// </summary>
public static class TimeZones
{
    /// <summary>The zone of <paramref name="id"/>, or false when the id is unknown on this machine.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrWhiteSpace(id) && TZConvert.TryGetTimeZoneInfo(id.Trim(), out zone);
    }

    /// <summary>The zone of <paramref name="id"/>; throws <see cref="TimeZoneNotFoundException"/> naming the id when unknown.</summary>
    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"'{id}' is not a known IANA or Windows time zone id.");
}
