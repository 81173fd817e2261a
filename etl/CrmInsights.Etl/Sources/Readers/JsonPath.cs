using System.Globalization;
using System.Text.Json;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>
/// Resolves mapping paths in a JSON object: <c>a.b.c</c> (properties), <c>list[0]</c> (index) and
/// <c>event_params[key=ga_session_id].value.int_value</c> (the array element whose <c>key</c> equals the value).
/// </summary>
public static class JsonPath
{
    /// <summary>The value at the path as invariant text (objects/arrays as raw JSON), or null when absent or null.</summary>
    public static string? Resolve(JsonElement root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(path, out var direct))
        {
            return AsText(direct);
        }

        var current = root;
        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            string? selector = null;
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0 && segment.EndsWith(']'))
            {
                name = segment[..bracket];
                selector = segment[(bracket + 1)..^1];
            }

            if (name.Length > 0)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return null;
                }
            }

            if (selector is not null && !Select(ref current, selector))
            {
                return null;
            }
        }

        return AsText(current);
    }

    private static bool Select(ref JsonElement current, string selector)
    {
        if (current.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        if (int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index >= current.GetArrayLength())
            {
                return false;
            }

            current = current[index];
            return true;
        }

        var eq = selector.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            return false;
        }

        var key = selector[..eq];
        var wanted = selector[(eq + 1)..];
        foreach (var item in current.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var k) && AsText(k) == wanted)
            {
                current = item;
                return true;
            }
        }

        return false;
    }

    private static string? AsText(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => e.GetRawText(),
    };
}
