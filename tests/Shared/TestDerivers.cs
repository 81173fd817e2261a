using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Engagement;
using CrmInsights.Analytics.Relationships;
using CrmInsights.Analytics.Rfm;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.Time.Testing;

namespace CrmInsights.Tests.Shared;

/// <summary>A snapshot deriver wired by hand with default CLV, RFM, stage and engagement settings (the one wiring the test projects share).</summary>
internal static class TestDerivers
{
    public static SnapshotDeriver Create(IWarehouseEngine engine, SnapshotOptions options, DateTimeOffset now)
    {
        var clv = new ClvOptions();
        var time = new FakeTimeProvider(now);
        return new SnapshotDeriver(
            engine,
            Microsoft.Extensions.Options.Options.Create(options),
            Microsoft.Extensions.Options.Options.Create(clv),
            new ClvModelFitter(Microsoft.Extensions.Options.Options.Create(clv), time),
            new ClvCalculator(clv),
            new RfmScorer(new RfmOptions()),
            new RelationshipStageEvaluator(new RelationshipStageOptions()),
            new EngagementScorer(new EngagementScoreOptions()),
            time);
    }
}
