using System.Diagnostics.CodeAnalysis;
using TimeZoneConverter;

namespace CrmInsights.Warehouse.Foundation;

/// <summary>
/// Resolves a time zone id, IANA ("Europe/London") or Windows ("GMT Standard Time"), on every
/// operating system. <see cref="TimeZoneInfo.FindSystemTimeZoneById(string)"/> cannot be trusted for
/// this: on Windows the IANA-to-Windows mapping comes from ICU, which is missing on Windows before
/// 10 1903 / Server 2019, off in NLS mode, and off in any process running with invariant globalization
/// (the libraries are built that way; only the executable and the test hosts turn ICU on), so
/// "Europe/London" would not always be found. TimeZoneConverter carries the CLDR mapping itself.
/// Its first lookup reads every zone of the machine (TimeZoneInfo.GetSystemTimeZones: about 0.8 s here, paid
/// by every CLI verb, since options validation resolves Warehouse:BusinessTimeZone), so an IANA id is first
/// looked up directly, which reads one tz file and needs no ICU on Linux or macOS; anything else, or an id the
/// direct lookup does not know, goes through TimeZoneConverter as before.
/// </summary>
public static class TimeZones
{
    /// <summary>The zone of <paramref name="id"/>, or false when the id is unknown on this machine.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        id = id.Trim();
        if (!OperatingSystem.IsWindows() && id.Contains('/', StringComparison.Ordinal) && TryFindSystemZone(id, out zone))
        {
            return true;
        }

        return TZConvert.TryGetTimeZoneInfo(id, out zone);
    }

    private static bool TryFindSystemZone(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException or IOException)
        {
            zone = null;
            return false;
        }
    }

    /// <summary>The zone of <paramref name="id"/>; throws <see cref="TimeZoneNotFoundException"/> naming the id when unknown.</summary>
    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"'{id}' is not a known IANA or Windows time zone id.");
}
