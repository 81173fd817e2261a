using CrmInsights.Host.Scheduling.Service;
using CrmInsights.Host.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrmInsights.Host.Tests;

/// <summary>Builds the real service host (Quartz and all) over a test workspace, with test work for kind "test" and "load".</summary>
internal static class SchedulerHarness
{
    public static IHost Build(TestWorkspace workspace, WorkLog log, params (string Key, string Value)[] settings) =>
        SchedulerServiceHost.Build(workspace.Paths, workspace.Configuration(settings), services =>
        {
            services.AddSingleton(log);
            services.AddSingleton(new LoadProbe(workspace));
            services.AddScheduledWork<RecordingWork>("test");
            services.AddScheduledWork<LoadWork>("load");
        });

    public static string Schedule(string name, string kind, string timing, string extra = "") => $$"""
        { "schedules": [ { "name": "{{name}}", "kind": "{{kind}}", {{timing}}, "timeZone": "UTC",
          "retry": { "maxAttempts": 1, "initialBackoff": "00:00:00" }{{extra}} } ] }
        """;

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout}.");
            }
            await Task.Delay(50);
        }
    }
}
