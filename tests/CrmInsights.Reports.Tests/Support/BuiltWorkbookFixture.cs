using CrmInsights.Reports.Model;
using CrmInsights.Reports.Workbooks;

namespace CrmInsights.Reports.Tests.Support;

/// <summary>Builds the full sample pack once (all stores, with personal data) and once without personal data, shared by the workbook tests.</summary>
public sealed class BuiltWorkbookFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public BuiltWorkbookFixture()
    {
        Pack = SamplePacks.Build(ReportSlice.All).WithTargets(new Dictionary<string, decimal> { ["net_revenue"] = 600_000m, ["nps"] = 35m });
        Built = ReportPackBuilder.Build(Pack, _dir.Path);
        Masked = ReportPackBuilder.Build(Pack.WithoutPersonalData(), _dir.Path);
    }

    public KpiPack Pack { get; }

    public BuiltPack Built { get; }

    public BuiltPack Masked { get; }

    public void Dispose() => _dir.Dispose();
}
