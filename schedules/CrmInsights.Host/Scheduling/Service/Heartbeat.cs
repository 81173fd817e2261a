using System.Text.Json;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>
/// The service's heartbeat file <c>scheduler.heartbeat.json</c> in the workspace: who runs the
/// scheduler, since when, and when it last said it was alive. <c>crm-insights health</c> reads it.
/// </summary>
public sealed record Heartbeat(string Node, int ProcessId, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, string State)
{
    public const string Running = "running";
    public const string Stopped = "stopped";

    public static string PathIn(WorkspacePaths workspace) => Path.Combine(workspace.Root, "scheduler.heartbeat.json");

    public void WriteTo(WorkspacePaths workspace)
    {
        var path = PathIn(workspace);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this));
        // Replace in one step so a reader never sees half a file.
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The heartbeat, or null when there is none or it cannot be read.</summary>
    public static Heartbeat? ReadFrom(WorkspacePaths workspace)
    {
        try
        {
            return JsonSerializer.Deserialize<Heartbeat>(File.ReadAllText(PathIn(workspace)));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
