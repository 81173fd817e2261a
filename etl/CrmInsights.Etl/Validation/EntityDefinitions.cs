using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// The one entity definition table, in load order (masters before the facts that look them up): each entity's record
/// type, lake schema, record builder and loader. Adding an entity adds its row here; nothing else switches on the kind.
/// </summary>
internal static class EntityDefinitions
{
    /// <summary>Stores, products, customers, order lines; campaigns, email events; web events; survey responses.</summary>
    public static IReadOnlyList<EntityDefinition> All { get; } =
    [
        new EntityDefinition<StoreRecord>(EntityKind.Stores, LakeSchemas.Stores, b => b.Store(), new StoreLoader()),
        new EntityDefinition<ProductRecord>(EntityKind.Products, LakeSchemas.Products, b => b.Product(), new ProductLoader()),
        new EntityDefinition<CustomerRecord>(EntityKind.Customers, LakeSchemas.Customers, b => b.Customer(), new CustomerLoader()),
        new EntityDefinition<OrderLineRecord>(EntityKind.OrderLines, LakeSchemas.OrderLines, b => b.OrderLine(), new OrderLineLoader()),
        new EntityDefinition<CampaignRecord>(EntityKind.Campaigns, LakeSchemas.Campaigns, b => b.Campaign(), new CampaignLoader()),
        new EntityDefinition<EmailEventRecord>(EntityKind.EmailEvents, LakeSchemas.EmailEvents, b => b.EmailEvent(), new EmailEventLoader()),
        new EntityDefinition<WebEventRecord>(EntityKind.WebEvents, LakeSchemas.WebEvents, b => b.WebEvent(), new WebEventLoader()),
        new EntityDefinition<SurveyResponseRecord>(EntityKind.SurveyResponses, LakeSchemas.SurveyResponses, b => b.SurveyResponse(), new SurveyResponseLoader()),
    ];

    private static readonly Dictionary<EntityKind, EntityDefinition> ByKind = All.ToDictionary(d => d.Info.Kind);

    private static readonly Dictionary<Type, EntityDefinition> ByRecordType = All.ToDictionary(d => d.RecordType);

    /// <summary>The definition of <paramref name="kind"/>.</summary>
    public static EntityDefinition For(EntityKind kind) =>
        ByKind.TryGetValue(kind, out var definition) ? definition : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No entity definition.");

    /// <summary>The definition whose records are <paramref name="record"/>'s type.</summary>
    public static EntityDefinition Of(ICanonicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ByRecordType.TryGetValue(record.GetType(), out var definition)
            ? definition
            : throw new ArgumentException($"No entity definition has records of type {record.GetType().Name}.", nameof(record));
    }

    /// <summary>The typed definition of the entity whose records are <typeparamref name="T"/>.</summary>
    public static EntityDefinition<T> Of<T>()
        where T : ICanonicalRecord => (EntityDefinition<T>)ByRecordType[typeof(T)];
}
