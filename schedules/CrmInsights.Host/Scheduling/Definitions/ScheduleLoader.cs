using System.Text.Json;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>
/// Reads <c>schedules/*.json</c> (shipped beside the executable, then the workspace's, which replace
/// shipped files of the same name) and validates all of them at once: the failure names every bad
/// file, key and value, so an operator fixes everything in one pass.
/// </summary>
public sealed partial class ScheduleLoader(ScheduledWorkCatalog catalog)
{
    /// <summary>Loads and validates; throws a configuration <see cref="ExpectedFailureException"/> listing every problem.</summary>
    public ScheduleSet Load(string? builtInDirectory, string workspaceDirectory, IReadOnlySet<DateOnly> holidays)
    {
        var files = new SortedDictionary<string, (string Path, string Display)>(StringComparer.OrdinalIgnoreCase);
        AddFiles(files, builtInDirectory, workspace: false);
        AddFiles(files, workspaceDirectory, workspace: true);

        var errors = new List<string>();
        var schedules = new List<ScheduleDefinition>();
        foreach (var (_, (path, display)) in files)
        {
            schedules.AddRange(ReadFile(path, display, errors));
        }
        foreach (var duplicate in schedules.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"schedule name '{duplicate.Key}' is used more than once ({string.Join(", ", duplicate.Select(s => s.Origin))}); names must be unique.");
        }
        if (errors.Count > 0)
        {
            throw new ExpectedFailureException(FailureKind.Configuration,
                $"{errors.Count} problem(s) in the schedules; fix them and start again:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", errors));
        }
        return new ScheduleSet(schedules, holidays);
    }

    private static void AddFiles(SortedDictionary<string, (string, string)> files, string? directory, bool workspace)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(directory, "*.json"))
        {
            var name = Path.GetFileName(path);
            files[name] = (path, workspace ? path : $"schedules/{name}");
        }
    }

    private List<ScheduleDefinition> ReadFile(string path, string display, List<string> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add($"{display}: not valid JSON ({e.Message})");
            return [];
        }
        catch (IOException e)
        {
            errors.Add($"{display}: cannot be read ({e.Message})");
            return [];
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("schedules", out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{display}: must be an object with a \"schedules\" array.");
                return [];
            }
            var result = new List<ScheduleDefinition>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var errorsBefore = errors.Count;
                var definition = ReadSchedule(element, $"{display}: schedules[{index}]", errors);
                if (definition is not null && errors.Count == errorsBefore)
                {
                    result.Add(definition);
                }
                index++;
            }
            return result;
        }
    }
}
