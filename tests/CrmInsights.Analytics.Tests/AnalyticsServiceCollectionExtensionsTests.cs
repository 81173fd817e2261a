using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Engagement;
using CrmInsights.Analytics.Relationships;
using CrmInsights.Analytics.Rfm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Tests;

public class AnalyticsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAnalytics_BindsSectionsAndResolvesServices()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clv:AnnualDiscountRate"] = "0.08",
            ["Clv:TimeUnit"] = "Days",
            ["EngagementScore:HorizonDays"] = "180",
            ["RelationshipStage:PartnershipMinOrders"] = "3",
        }).Build();
        using var provider = new ServiceCollection().AddAnalytics(config).BuildServiceProvider();

        Assert.Equal(0.08, provider.GetRequiredService<IOptions<ClvOptions>>().Value.AnnualDiscountRate);
        Assert.Equal(ModelTimeUnit.Days, provider.GetRequiredService<IOptions<ClvOptions>>().Value.TimeUnit);
        Assert.Equal(180, provider.GetRequiredService<IOptions<EngagementScoreOptions>>().Value.HorizonDays);
        Assert.Equal(3, provider.GetRequiredService<IOptions<RelationshipStageOptions>>().Value.PartnershipMinOrders);
        Assert.NotNull(provider.GetRequiredService<ClvModelFitter>());
        Assert.NotNull(provider.GetRequiredService<ClvCalculator>());
        Assert.Equal("kpi-catalog-1", provider.GetRequiredService<RfmScorer>().Map.Version);
        Assert.NotNull(provider.GetRequiredService<RelationshipStageEvaluator>());
        Assert.NotNull(provider.GetRequiredService<EngagementScorer>());
    }

    [Fact]
    public void AddAnalytics_InvalidConfiguration_FailureListsEveryKey()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clv:AnnualDiscountRate"] = "5",
            ["Clv:HorizonMonths"] = "0",
        }).Build();
        using var provider = new ServiceCollection().AddAnalytics(config).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClvOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("Clv:AnnualDiscountRate") && f.Contains("was 5"));
        Assert.Contains(ex.Failures, f => f.Contains("Clv:HorizonMonths") && f.Contains("was 0"));
    }
}
