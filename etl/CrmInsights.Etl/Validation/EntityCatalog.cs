using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// The canonical entities of SOURCES.md: fields, types, required flags, ranges, keys and record types. Each row is the
/// entity's one definition (see <see cref="EntityInfo"/>); adding an entity adds a row here, its record type, its loader and
/// its stage and warehouse SQL.
/// </summary>
public static class EntityCatalog
{
    private static readonly string[] Channels = ["store", "online"];
    private static readonly string[] EmailEventTypes = ["processed", "delivered", "deferred", "bounce", "dropped", "open", "click", "unsubscribe", "spamreport"];
    private static readonly string[] BounceTypes = ["hard", "soft"];
    private static readonly string[] Touchpoints = ["store", "web", "email", "phone"];
    private static readonly string[] InvitationChannels = ["email", "sms", "receipt"];
    private static readonly string[] AudienceGroups = ["treatment", "control"];

    /// <summary>All entities.</summary>
    public static IReadOnlyList<EntityInfo> All { get; } =
    [
        new EntityInfo<CustomerRecord>(EntityKind.Customers, SourceKinds.Pos, "customers",
        [
            new("customer_id", FieldType.Identifier, true), new("loyalty_id", FieldType.Identifier), new("email", FieldType.Email),
            new("phone", FieldType.Text), new("first_name", FieldType.Text), new("last_name", FieldType.Text),
            new("birth_date", FieldType.Date), new("gender", FieldType.Text), new("postal_code", FieldType.Text),
            new("city", FieldType.Text), new("region", FieldType.Text), new("country", FieldType.Text),
            new("signup_date", FieldType.Date, true), new("loyalty_tier", FieldType.Text), new("marketing_opt_in", FieldType.Boolean),
            new("acquisition_channel", FieldType.Text), new("updated_at", FieldType.Timestamp, true),
        ], ["customer_id", "updated_at"]),
        new EntityInfo<ProductRecord>(EntityKind.Products, SourceKinds.Pos, "products",
        [
            new("sku", FieldType.Text, true), new("name", FieldType.Text, true), new("category", FieldType.Text),
            new("subcategory", FieldType.Text), new("brand", FieldType.Text), new("unit_cost", FieldType.Number, Min: 0),
            new("list_price", FieldType.Number, Min: 0), new("updated_at", FieldType.Timestamp),
        ], ["sku"]),
        new EntityInfo<StoreRecord>(EntityKind.Stores, SourceKinds.Pos, "stores",
        [
            new("store_id", FieldType.Text, true), new("name", FieldType.Text, true), new("channel", FieldType.Code, true, Channels),
            new("city", FieldType.Text), new("region", FieldType.Text), new("country", FieldType.Text), new("opened_on", FieldType.Date),
        ], ["store_id"]),
        new EntityInfo<OrderLineRecord>(EntityKind.OrderLines, SourceKinds.Pos, "order_lines",
        [
            new("order_id", FieldType.Text, true), new("line_number", FieldType.WholeNumber, true, Min: 1), new("ordered_at", FieldType.Timestamp, true),
            new("store_id", FieldType.Text, true), new("customer_id", FieldType.Identifier), new("sku", FieldType.Text, true),
            new("quantity", FieldType.WholeNumber, true), new("unit_price", FieldType.Number, true, Min: 0),
            new("discount_amount", FieldType.Number, RejectWhenInvalid: true), new("tax_amount", FieldType.Number, RejectWhenInvalid: true),
            new("currency", FieldType.Text, RejectWhenInvalid: true), new("unit_cost", FieldType.Number, Min: 0, RejectWhenInvalid: true),
            new("payment_type", FieldType.Text), new("loyalty_points_earned", FieldType.WholeNumber), new("loyalty_points_redeemed", FieldType.WholeNumber),
            new("loyalty_id", FieldType.Identifier, AddedLater: true), new("email", FieldType.Email, AddedLater: true),
        ], ["order_id", "line_number"], EntityRules.OrderLine),
        new EntityInfo<WebEventRecord>(EntityKind.WebEvents, SourceKinds.Web, "events",
        [
            new("event_timestamp", FieldType.UnixMicros, true), new("event_name", FieldType.Text, true), new("user_pseudo_id", FieldType.Text, true),
            new("user_id", FieldType.Identifier), new("ga_session_id", FieldType.LargeWholeNumber, true), new("page_location", FieldType.Text),
            new("page_referrer", FieldType.Text), new("source", FieldType.Text), new("medium", FieldType.Text), new("campaign", FieldType.Text),
            new("device_category", FieldType.Text), new("country", FieldType.Text), new("transaction_id", FieldType.Text),
            new("value", FieldType.Number), new("engagement_time_msec", FieldType.LargeWholeNumber, Min: 0),
        ], ["user_pseudo_id", "ga_session_id", "event_timestamp", "event_name"]),
        new EntityInfo<CampaignRecord>(EntityKind.Campaigns, SourceKinds.Email, "campaigns",
        [
            new("campaign_id", FieldType.Text, true), new("name", FieldType.Text, true), new("subject", FieldType.Text),
            new("sent_at", FieldType.Timestamp), new("segment", FieldType.Text), new("cost", FieldType.Number, Min: 0),
        ], ["campaign_id"]),
        new EntityInfo<EmailEventRecord>(EntityKind.EmailEvents, SourceKinds.Email, "events",
        [
            new("event_id", FieldType.Text, true), new("email", FieldType.Email, true), new("timestamp", FieldType.UnixSeconds, true),
            new("event", FieldType.Code, true, EmailEventTypes), new("campaign_id", FieldType.Text), new("url", FieldType.Text),
            new("reason", FieldType.Text), new("bounce_type", FieldType.Code, Allowed: BounceTypes), new("machine_open", FieldType.Boolean),
        ], ["event_id"]),
        new EntityInfo<SurveyResponseRecord>(EntityKind.SurveyResponses, SourceKinds.Survey, "responses",
        [
            new("response_id", FieldType.Text, true), new("recorded_at", FieldType.Timestamp, true), new("survey_id", FieldType.Text),
            new("customer_id", FieldType.Identifier), new("email", FieldType.Email), new("touchpoint", FieldType.Code, Allowed: Touchpoints),
            new("nps", FieldType.WholeNumber, Min: 0, Max: 10), new("csat", FieldType.WholeNumber, Min: 1, Max: 5), new("ces", FieldType.WholeNumber, Min: 1, Max: 7),
            new("complaint", FieldType.Boolean), new("complaint_category", FieldType.Text), new("resolved_at", FieldType.Timestamp),
            new("comment", FieldType.Text), new("loyalty_id", FieldType.Identifier, AddedLater: true),
        ], ["response_id"], EntityRules.SurveyResponse),
        new EntityInfo<SurveyInvitationRecord>(EntityKind.SurveyInvitations, SourceKinds.Survey, "invitations",
        [
            new("invitation_id", FieldType.Text, true), new("sent_at", FieldType.Timestamp, true), new("survey_id", FieldType.Text),
            new("customer_id", FieldType.Identifier), new("loyalty_id", FieldType.Identifier), new("email", FieldType.Email),
            new("channel", FieldType.Code, Allowed: InvitationChannels),
        ], ["invitation_id"], EntityRules.SurveyInvitation),
        new EntityInfo<CampaignAudienceRecord>(EntityKind.CampaignAudiences, SourceKinds.Email, "audiences",
        [
            new("campaign_id", FieldType.Text, true), new("email", FieldType.Email, true),
            new("group", FieldType.Code, true, AudienceGroups), new("customer_id", FieldType.Identifier),
        ], ["campaign_id", "email"]),
    ];

    /// <summary>The entity whose records are <typeparamref name="T"/>.</summary>
    internal static EntityInfo<T> Of<T>()
        where T : class, ICanonicalRecord => ByRecord<T>.Entity;

    /// <summary>The entity's description.</summary>
    public static EntityInfo Get(EntityKind kind) => All.First(e => e.Kind == kind);

    /// <summary>Finds the entity of a source kind by name (e.g. pos + order_lines); null when there is none.</summary>
    public static EntityInfo? Find(string sourceKind, string entityName) =>
        All.FirstOrDefault(e => string.Equals(e.SourceKind, sourceKind, StringComparison.OrdinalIgnoreCase)
                             && string.Equals(e.Name, entityName, StringComparison.OrdinalIgnoreCase));

    private static class ByRecord<T>
        where T : class, ICanonicalRecord
    {
        public static readonly EntityInfo<T> Entity = All.OfType<EntityInfo<T>>().Single();
    }
}
