using CrmInsights.Etl.Sources;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Tests;

/// <summary>The etl and snapshot job kinds as the executable registers them.</summary>
public sealed class ScheduledWorkTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crmi-work-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void ShippedSchedules_WithTheExecutablesRegistrations_LoadWithoutErrors()
    {
        Directory.CreateDirectory(_root);
        var workspace = WorkspacePaths.At(_root);
        using var services = new ServiceCollection().AddCrmInsights(HostConfiguration.Build(workspace), workspace).BuildServiceProvider();

        var set = services.GetRequiredService<ScheduleSet>();

        Assert.Equal(["etl-incremental", "month-end-pack", "nightly-snapshot", "weekly-engagement-pack"], set.All.Select(s => s.Name).Order().ToArray());
    }

    [Fact]
    public void ValidateParameters_UnknownOrBadValues_NameTheKeyAndValue()
    {
        var snapshot = new SnapshotWork(null!, null!);
        Assert.Empty(snapshot.ValidateParameters(new Dictionary<string, string> { ["full"] = "true" }));
        Assert.Contains("'refit' is not a snapshot parameter", Assert.Single(snapshot.ValidateParameters(new Dictionary<string, string> { ["refit"] = "true" })), StringComparison.Ordinal);
        Assert.Contains("full 'maybe' must be true or false", Assert.Single(snapshot.ValidateParameters(new Dictionary<string, string> { ["full"] = "maybe" })), StringComparison.Ordinal);

        var options = new EtlOptions();
        options.Sources["pos"] = new SourceOptions();
        options.Sources["web"] = new SourceOptions();
        var etl = new EtlWork(null!, Options.Create(options));
        Assert.Empty(etl.ValidateParameters(new Dictionary<string, string> { ["source"] = "all" }));
        Assert.Empty(etl.ValidateParameters(new Dictionary<string, string> { ["source"] = "POS" }));
        Assert.Contains("'hold' is not an etl parameter", Assert.Single(etl.ValidateParameters(new Dictionary<string, string> { ["hold"] = "1" })), StringComparison.Ordinal);
        Assert.Single(etl.ValidateParameters(new Dictionary<string, string> { ["source"] = " " }));
        Assert.Contains("source 'poss' must name a source of Etl:Sources (pos, web)",
            Assert.Single(etl.ValidateParameters(new Dictionary<string, string> { ["source"] = "poss" })), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
