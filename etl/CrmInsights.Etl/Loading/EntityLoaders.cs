using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Etl.Validation;

namespace CrmInsights.Etl.Loading;

/// <summary>The entity loaders in dependency order: masters before the facts that look them up.</summary>
public static class EntityLoaders
{
    /// <summary>Stores, products, customers, order lines; campaigns, email events, campaign audiences; web events; survey responses, survey invitations.</summary>
    public static IReadOnlyList<IEntityLoader> InLoadOrder { get; } =
    [
        new StoreLoader(), new ProductLoader(), new CustomerLoader(), new OrderLineLoader(),
        new CampaignLoader(), new EmailEventLoader(), new CampaignAudienceLoader(), new WebEventLoader(), new SurveyResponseLoader(), new SurveyInvitationLoader(),
    ];

    /// <summary>The loader of an entity.</summary>
    public static IEntityLoader For(EntityKind kind) => InLoadOrder.First(l => l.Kind == kind);

    /// <summary>Position of an entity in the load order (unknown entities last).</summary>
    public static int Rank(EntityKind? kind) => kind is { } k ? InLoadOrder.ToList().FindIndex(l => l.Kind == k) : int.MaxValue;
}
