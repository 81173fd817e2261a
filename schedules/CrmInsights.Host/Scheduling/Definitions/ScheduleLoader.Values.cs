using System.Globalization;
using System.Text.Json;

namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>Typed reads of schedule keys; each bad value adds one message naming the key and the value.</summary>
public sealed partial class ScheduleLoader
{
    private static string? String(JsonElement element, string key, string at, List<string> errors, bool required)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add($"{at}.{key} is required.");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{at}.{key} {value.GetRawText()} must be a non-empty string.");
            return null;
        }
        return value.GetString();
    }

    private static int? Int(JsonElement element, string key, string at, List<string> errors)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        errors.Add($"{at}.{key} {value.GetRawText()} must be a whole number.");
        return null;
    }

    private static bool? Bool(JsonElement element, string key, string at, List<string> errors)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        errors.Add($"{at}.{key} {value.GetRawText()} must be true or false.");
        return null;
    }

    private static Dictionary<string, string> Parameters(JsonElement element, string at, List<string> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!element.TryGetProperty("parameters", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return result;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}.parameters must be an object of string values.");
            return result;
        }
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    result[property.Name] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    result[property.Name] = property.Value.GetRawText();
                    break;
                default:
                    errors.Add($"{at}.parameters.{property.Name} {property.Value.GetRawText()} must be a string, number or boolean.");
                    break;
            }
        }
        return result;
    }

    private static RetrySettings Retry(JsonElement element, string at, List<string> errors)
    {
        if (!element.TryGetProperty("retry", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return RetrySettings.Default;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}.retry must be an object {{\"maxAttempts\": 3, \"initialBackoff\": \"00:01:00\"}}.");
            return RetrySettings.Default;
        }
        foreach (var property in value.EnumerateObject().Where(p => p.Name is not ("maxAttempts" or "initialBackoff")))
        {
            errors.Add($"{at}.retry.{property.Name} is not a known key (known: maxAttempts, initialBackoff).");
        }
        var maxAttempts = Int(value, "maxAttempts", $"{at}.retry", errors) ?? RetrySettings.Default.MaxAttempts;
        if (maxAttempts is < 1 or > 10)
        {
            errors.Add($"{at}.retry.maxAttempts {maxAttempts} must be between 1 and 10.");
        }
        var backoff = RetrySettings.Default.InitialBackoff;
        if (String(value, "initialBackoff", $"{at}.retry", errors, required: false) is { } backoffText)
        {
            if (!TimeSpan.TryParseExact(backoffText, "c", CultureInfo.InvariantCulture, out backoff) || backoff < TimeSpan.Zero || backoff > TimeSpan.FromHours(1))
            {
                errors.Add($"{at}.retry.initialBackoff '{backoffText}' must be a duration hh:mm:ss between 00:00:00 and 01:00:00.");
            }
        }
        return new RetrySettings(maxAttempts, backoff);
    }

    private static CatchUpMode CatchUp(JsonElement element, string at, List<string> errors)
    {
        var text = String(element, "catchUp", at, errors, required: false);
        switch (text)
        {
            case null or "latest":
                return CatchUpMode.Latest;
            case "all":
                return CatchUpMode.All;
            case "none":
                return CatchUpMode.None;
            default:
                errors.Add($"{at}.catchUp '{text}' must be \"latest\", \"all\" or \"none\".");
                return CatchUpMode.Latest;
        }
    }
}
