using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Loading;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

/// <summary>The one entity definition table and what is derived from it (lake schema lookup, loader order, natural key).</summary>
public sealed class EntityDefinitionsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void All_EveryEntityKindOnce_WithItsOwnLakeSchemaLoaderAndCatalogueEntry()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Order(), EntityDefinitions.All.Select(d => d.Info.Kind).Order());
        Assert.All(EntityDefinitions.All, d =>
        {
            Assert.Same(EntityCatalog.Get(d.Info.Kind), d.Info);
            Assert.Equal(d.Info.Kind, d.Loader.Kind);
            Assert.Equal(d.RecordType, d.Lake.RecordType);
            Assert.Same(d.Lake, LakeSchemas.For(d.Info.Kind));
        });
        Assert.Equal(EntityDefinitions.All.Select(d => d.Loader), EntityLoaders.InLoadOrder);
    }

    [Fact]
    public void NaturalKey_EveryKeyFieldIsRequired_SoNoKeyPartIsEverNull()
    {
        Assert.All(EntityCatalog.All, e => Assert.All(e.NaturalKey, name => Assert.True(e.Field(name)?.Required, $"{e.Kind}.{name}")));
    }

    [Fact]
    public void KeyOf_Customer_IdAndUpdatedAtToTheMillisecond()
    {
        var version = Customer("C1", At);

        Assert.Equal(NaturalKey.KeyOf(version), NaturalKey.KeyOf(Customer("C1", At.AddTicks(4_000))));
        Assert.NotEqual(NaturalKey.KeyOf(version), NaturalKey.KeyOf(Customer("C1", At.AddMilliseconds(1))));
        Assert.NotEqual(NaturalKey.KeyOf(version), NaturalKey.KeyOf(Customer("C2", At)));
        Assert.StartsWith("C1\u001f", NaturalKey.KeyOf(version), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOf_WebEvent_KeyFieldsInCatalogueOrder()
    {
        var e = new WebEventRecord { UserPseudoId = "u1", GaSessionId = 42, EventTimestamp = 1_700_000_000_000_001, EventName = "page_view", Value = 9.5m };

        Assert.Equal("u1\u001f42\u001f1700000000000001\u001fpage_view", NaturalKey.KeyOf(e));
    }

    [Fact]
    public void Add_OrderLines_SameOrderAndLineIsADuplicate_OtherLineIsNot()
    {
        var keys = new NaturalKey();

        Assert.True(keys.Add(Line("O1", 1, 2)));
        Assert.False(keys.Add(Line("O1", 1, 5)));
        Assert.True(keys.Add(Line("O1", 2, 2)));
        Assert.True(keys.Add(Line("O11", 1, 2)));
    }

    [Fact]
    public void Of_RecordOfNoEntity_Throws()
    {
        Assert.Throws<ArgumentException>(() => NaturalKey.KeyOf(new Stranger()));
    }

    private static CustomerRecord Customer(string id, DateTimeOffset updatedAt) =>
        new() { CustomerId = id, SignupDate = new DateOnly(2020, 1, 1), UpdatedAt = updatedAt };

    private static OrderLineRecord Line(string order, int line, int quantity) =>
        new() { OrderId = order, LineNumber = line, OrderedAt = At, StoreId = "S1", Sku = "K", Quantity = quantity, UnitPrice = 1m };

    private sealed record Stranger : ICanonicalRecord
    {
        public long SourceRow => 0;
    }
}
