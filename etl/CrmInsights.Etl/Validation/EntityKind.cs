namespace CrmInsights.Etl.Validation;

/// <summary>Every canonical entity; <see cref="EntityCatalog"/> gives its source, name and fields.</summary>
public enum EntityKind
{
    /// <summary>pos/customers.</summary>
    Customers,

    /// <summary>pos/products.</summary>
    Products,

    /// <summary>pos/stores.</summary>
    Stores,

    /// <summary>pos/order_lines.</summary>
    OrderLines,

    /// <summary>web/events.</summary>
    WebEvents,

    /// <summary>email/campaigns.</summary>
    Campaigns,

    /// <summary>email/events.</summary>
    EmailEvents,

    /// <summary>survey/responses.</summary>
    SurveyResponses,

    /// <summary>survey/invitations.</summary>
    SurveyInvitations,

    /// <summary>email/audiences: who a campaign was meant for, treatment or holdout (control).</summary>
    CampaignAudiences,
}
