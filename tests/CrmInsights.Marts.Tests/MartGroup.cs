namespace CrmInsights.Marts.Tests;

/// <summary>Test classes that only read the fixture warehouse share one instance.</summary>
[CollectionDefinition(Name)]
public sealed class MartGroup : ICollectionFixture<MartFixture>
{
    public const string Name = "MartFixture";
}
