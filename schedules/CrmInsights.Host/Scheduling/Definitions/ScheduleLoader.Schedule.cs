using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>Reading and validating one schedule object.</summary>
public sealed partial class ScheduleLoader
{
    private static readonly HashSet<string> KnownKeys =
        ["name", "kind", "parameters", "cron", "businessDayOfMonth", "timeOfDay", "timeZone", "retry", "catchUp", "catchUpSince", "enabled"];

    // Names become Quartz keys and lock-file names: keep them to one safe path segment.
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    private ScheduleDefinition? ReadSchedule(JsonElement element, string at, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at} must be an object.");
            return null;
        }
        foreach (var property in element.EnumerateObject().Where(p => !KnownKeys.Contains(p.Name)))
        {
            errors.Add($"{at}.{property.Name} is not a known key (known: {string.Join(", ", KnownKeys)}).");
        }

        var name = String(element, "name", at, errors, required: true);
        if (name is not null && !NamePattern().IsMatch(name))
        {
            errors.Add($"{at}.name '{name}' must be 1-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit.");
        }
        var kind = String(element, "kind", at, errors, required: true);
        if (kind is not null && !catalog.IsRegistered(kind))
        {
            errors.Add($"{at}.kind '{kind}' has no registered implementation in this build (registered: {string.Join(", ", catalog.RegisteredKinds.Order(StringComparer.Ordinal))}).");
        }
        var parameters = Parameters(element, at, errors);
        if (kind is not null && catalog.IsRegistered(kind))
        {
            errors.AddRange(catalog.ValidateParameters(kind, parameters).Select(e => $"{at}.parameters: {e}"));
        }

        var cron = String(element, "cron", at, errors, required: false);
        var businessDay = Int(element, "businessDayOfMonth", at, errors);
        var timeOfDayText = String(element, "timeOfDay", at, errors, required: false);
        TimeOnly? timeOfDay = null;
        if ((cron is null) == (businessDay is null))
        {
            errors.Add($"{at} must have exactly one of \"cron\" or \"businessDayOfMonth\".");
        }
        if (cron is not null && !CronClock.IsValid(cron))
        {
            errors.Add($"{at}.cron '{cron}' is not a valid Quartz cron expression (6-7 fields, seconds first, e.g. \"0 0/15 * * * ?\").");
        }
        if (businessDay is { } n && n is < 1 or > 23)
        {
            errors.Add($"{at}.businessDayOfMonth {n} must be between 1 and 23.");
        }
        if (businessDay is not null && timeOfDayText is null)
        {
            errors.Add($"{at}.timeOfDay is required with businessDayOfMonth (e.g. \"07:00\").");
        }
        if (timeOfDayText is not null)
        {
            if (TimeOnly.TryParseExact(timeOfDayText, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                timeOfDay = parsed;
            }
            else
            {
                errors.Add($"{at}.timeOfDay '{timeOfDayText}' is not a time of day in HH:mm or HH:mm:ss form.");
            }
            if (cron is not null)
            {
                errors.Add($"{at}.timeOfDay only applies to businessDayOfMonth schedules; put the time in the cron expression.");
            }
        }

        var timeZoneId = String(element, "timeZone", at, errors, required: true);
        TimeZoneInfo? timeZone = null;
        if (timeZoneId is not null && !TimeZones.TryFind(timeZoneId, out timeZone))
        {
            errors.Add($"{at}.timeZone '{timeZoneId}' is not a known IANA time zone (e.g. \"Europe/London\").");
        }

        var retry = Retry(element, at, errors);
        var catchUp = CatchUp(element, at, errors);
        var catchUpSinceText = String(element, "catchUpSince", at, errors, required: false);
        DateTimeOffset? catchUpSince = null;
        if (catchUpSinceText is not null)
        {
            if (DateTimeOffset.TryParse(catchUpSinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            {
                catchUpSince = since.ToUniversalTime();
            }
            else
            {
                errors.Add($"{at}.catchUpSince '{catchUpSinceText}' is not an ISO 8601 date-time (e.g. \"2025-01-01T00:00:00Z\").");
            }
        }
        var enabled = Bool(element, "enabled", at, errors) ?? true;

        if (name is null || kind is null || timeZone is null)
        {
            return null;
        }
        return new ScheduleDefinition
        {
            Name = name,
            Kind = kind,
            Parameters = parameters,
            Cron = cron,
            BusinessDayOfMonth = businessDay,
            TimeOfDay = timeOfDay,
            TimeZone = timeZone,
            Retry = retry,
            CatchUp = catchUp,
            CatchUpSince = catchUpSince,
            Enabled = enabled,
            Origin = at,
        };
    }
}
