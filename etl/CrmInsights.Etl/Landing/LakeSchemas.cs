using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using static CrmInsights.Etl.Landing.LakeFields;

namespace CrmInsights.Etl.Landing;

/// <summary>The Parquet schema of every entity in the lake. Column names are the canonical field names plus <c>source_row</c>.</summary>
public static class LakeSchemas
{
    internal static readonly LakeSchema<CustomerRecord> Customers = new(
    [
        Long<CustomerRecord>("source_row", r => r.SourceRow), Text<CustomerRecord>("customer_id", r => r.CustomerId),
        Text<CustomerRecord>("loyalty_id", r => r.LoyaltyId), Text<CustomerRecord>("email", r => r.Email), Text<CustomerRecord>("phone", r => r.Phone),
        Text<CustomerRecord>("first_name", r => r.FirstName), Text<CustomerRecord>("last_name", r => r.LastName),
        Date<CustomerRecord>("birth_date", r => r.BirthDate), Text<CustomerRecord>("gender", r => r.Gender),
        Text<CustomerRecord>("postal_code", r => r.PostalCode), Text<CustomerRecord>("city", r => r.City), Text<CustomerRecord>("region", r => r.Region),
        Text<CustomerRecord>("country", r => r.Country), Date<CustomerRecord>("signup_date", r => r.SignupDate),
        Text<CustomerRecord>("loyalty_tier", r => r.LoyaltyTier), Bool<CustomerRecord>("marketing_opt_in", r => r.MarketingOptIn),
        Text<CustomerRecord>("acquisition_channel", r => r.AcquisitionChannel), Timestamp<CustomerRecord>("updated_at", r => r.UpdatedAt),
    ], r => new CustomerRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, CustomerId = r.Text("customer_id")!, LoyaltyId = r.Text("loyalty_id"), Email = r.Text("email"),
        Phone = r.Text("phone"), FirstName = r.Text("first_name"), LastName = r.Text("last_name"), BirthDate = r.Value<DateOnly>("birth_date"),
        Gender = r.Text("gender"), PostalCode = r.Text("postal_code"), City = r.Text("city"), Region = r.Text("region"), Country = r.Text("country"),
        SignupDate = r.Value<DateOnly>("signup_date") ?? default, LoyaltyTier = r.Text("loyalty_tier"), MarketingOptIn = r.Value<bool>("marketing_opt_in"),
        AcquisitionChannel = r.Text("acquisition_channel"), UpdatedAt = r.Timestamp("updated_at") ?? default,
    });

    internal static readonly LakeSchema<ProductRecord> Products = new(
    [
        Long<ProductRecord>("source_row", r => r.SourceRow), Text<ProductRecord>("sku", r => r.Sku), Text<ProductRecord>("name", r => r.Name),
        Text<ProductRecord>("category", r => r.Category), Text<ProductRecord>("subcategory", r => r.Subcategory), Text<ProductRecord>("brand", r => r.Brand),
        Money<ProductRecord>("unit_cost", r => r.UnitCost), Money<ProductRecord>("list_price", r => r.ListPrice),
        Timestamp<ProductRecord>("updated_at", r => r.UpdatedAt),
    ], r => new ProductRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, Sku = r.Text("sku")!, Name = r.Text("name")!, Category = r.Text("category"),
        Subcategory = r.Text("subcategory"), Brand = r.Text("brand"), UnitCost = r.Value<decimal>("unit_cost"), ListPrice = r.Value<decimal>("list_price"),
        UpdatedAt = r.Timestamp("updated_at"),
    });

    internal static readonly LakeSchema<StoreRecord> Stores = new(
    [
        Long<StoreRecord>("source_row", r => r.SourceRow), Text<StoreRecord>("store_id", r => r.StoreId), Text<StoreRecord>("name", r => r.Name),
        Text<StoreRecord>("channel", r => r.Channel), Text<StoreRecord>("city", r => r.City), Text<StoreRecord>("region", r => r.Region),
        Text<StoreRecord>("country", r => r.Country), Date<StoreRecord>("opened_on", r => r.OpenedOn),
    ], r => new StoreRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, StoreId = r.Text("store_id")!, Name = r.Text("name")!, Channel = r.Text("channel")!,
        City = r.Text("city"), Region = r.Text("region"), Country = r.Text("country"), OpenedOn = r.Value<DateOnly>("opened_on"),
    });

    internal static readonly LakeSchema<OrderLineRecord> OrderLines = new(
    [
        Long<OrderLineRecord>("source_row", r => r.SourceRow), Text<OrderLineRecord>("order_id", r => r.OrderId),
        Int<OrderLineRecord>("line_number", r => r.LineNumber), Timestamp<OrderLineRecord>("ordered_at", r => r.OrderedAt),
        Text<OrderLineRecord>("store_id", r => r.StoreId), Text<OrderLineRecord>("customer_id", r => r.CustomerId), Text<OrderLineRecord>("sku", r => r.Sku),
        Int<OrderLineRecord>("quantity", r => r.Quantity), Money<OrderLineRecord>("unit_price", r => r.UnitPrice),
        Money<OrderLineRecord>("discount_amount", r => r.DiscountAmount), Money<OrderLineRecord>("tax_amount", r => r.TaxAmount),
        Text<OrderLineRecord>("currency", r => r.Currency), Money<OrderLineRecord>("unit_cost", r => r.UnitCost),
        Text<OrderLineRecord>("payment_type", r => r.PaymentType), Int<OrderLineRecord>("loyalty_points_earned", r => r.LoyaltyPointsEarned),
        Int<OrderLineRecord>("loyalty_points_redeemed", r => r.LoyaltyPointsRedeemed),
        Text<OrderLineRecord>("loyalty_id", r => r.LoyaltyId), Text<OrderLineRecord>("email", r => r.Email),
    ], r => new OrderLineRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, OrderId = r.Text("order_id")!, LineNumber = r.Value<int>("line_number") ?? 0,
        OrderedAt = r.Timestamp("ordered_at") ?? default, StoreId = r.Text("store_id")!, CustomerId = r.Text("customer_id"), Sku = r.Text("sku")!,
        Quantity = r.Value<int>("quantity") ?? 0, UnitPrice = r.Value<decimal>("unit_price") ?? 0, DiscountAmount = r.Value<decimal>("discount_amount"),
        TaxAmount = r.Value<decimal>("tax_amount"), Currency = r.Text("currency"), UnitCost = r.Value<decimal>("unit_cost"),
        PaymentType = r.Text("payment_type"), LoyaltyPointsEarned = r.Value<int>("loyalty_points_earned"),
        LoyaltyPointsRedeemed = r.Value<int>("loyalty_points_redeemed"),
        LoyaltyId = r.OptionalText("loyalty_id"), Email = r.OptionalText("email"),
    });

    internal static readonly LakeSchema<WebEventRecord> WebEvents = new(
    [
        Long<WebEventRecord>("source_row", r => r.SourceRow), Long<WebEventRecord>("event_timestamp", r => r.EventTimestamp),
        Text<WebEventRecord>("event_name", r => r.EventName), Text<WebEventRecord>("user_pseudo_id", r => r.UserPseudoId),
        Text<WebEventRecord>("user_id", r => r.UserId), Long<WebEventRecord>("ga_session_id", r => r.GaSessionId),
        Text<WebEventRecord>("page_location", r => r.PageLocation), Text<WebEventRecord>("page_referrer", r => r.PageReferrer),
        Text<WebEventRecord>("source", r => r.Source), Text<WebEventRecord>("medium", r => r.Medium), Text<WebEventRecord>("campaign", r => r.Campaign),
        Text<WebEventRecord>("device_category", r => r.DeviceCategory), Text<WebEventRecord>("country", r => r.Country),
        Text<WebEventRecord>("transaction_id", r => r.TransactionId), Money<WebEventRecord>("value", r => r.Value),
        Long<WebEventRecord>("engagement_time_msec", r => r.EngagementTimeMsec),
    ], r => new WebEventRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, EventTimestamp = r.Value<long>("event_timestamp") ?? 0, EventName = r.Text("event_name")!,
        UserPseudoId = r.Text("user_pseudo_id")!, UserId = r.Text("user_id"), GaSessionId = r.Value<long>("ga_session_id") ?? 0,
        PageLocation = r.Text("page_location"), PageReferrer = r.Text("page_referrer"), Source = r.Text("source"), Medium = r.Text("medium"),
        Campaign = r.Text("campaign"), DeviceCategory = r.Text("device_category"), Country = r.Text("country"),
        TransactionId = r.Text("transaction_id"), Value = r.Value<decimal>("value"), EngagementTimeMsec = r.Value<long>("engagement_time_msec"),
    });

    internal static readonly LakeSchema<CampaignRecord> Campaigns = new(
    [
        Long<CampaignRecord>("source_row", r => r.SourceRow), Text<CampaignRecord>("campaign_id", r => r.CampaignId),
        Text<CampaignRecord>("name", r => r.Name), Text<CampaignRecord>("subject", r => r.Subject),
        Timestamp<CampaignRecord>("sent_at", r => r.SentAt), Text<CampaignRecord>("segment", r => r.Segment), Money<CampaignRecord>("cost", r => r.Cost),
    ], r => new CampaignRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, CampaignId = r.Text("campaign_id")!, Name = r.Text("name")!, Subject = r.Text("subject"),
        SentAt = r.Timestamp("sent_at"), Segment = r.Text("segment"), Cost = r.Value<decimal>("cost"),
    });

    internal static readonly LakeSchema<EmailEventRecord> EmailEvents = new(
    [
        Long<EmailEventRecord>("source_row", r => r.SourceRow), Text<EmailEventRecord>("event_id", r => r.EventId),
        Text<EmailEventRecord>("email", r => r.Email), Timestamp<EmailEventRecord>("timestamp", r => r.Timestamp),
        Text<EmailEventRecord>("event", r => r.Event), Text<EmailEventRecord>("campaign_id", r => r.CampaignId), Text<EmailEventRecord>("url", r => r.Url),
        Text<EmailEventRecord>("reason", r => r.Reason), Text<EmailEventRecord>("bounce_type", r => r.BounceType),
        Bool<EmailEventRecord>("machine_open", r => r.MachineOpen),
    ], r => new EmailEventRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, EventId = r.Text("event_id")!, Email = r.Text("email")!, Timestamp = r.Timestamp("timestamp") ?? default,
        Event = r.Text("event")!, CampaignId = r.Text("campaign_id"), Url = r.Text("url"), Reason = r.Text("reason"),
        BounceType = r.Text("bounce_type"), MachineOpen = r.Value<bool>("machine_open"),
    });

    internal static readonly LakeSchema<SurveyResponseRecord> SurveyResponses = new(
    [
        Long<SurveyResponseRecord>("source_row", r => r.SourceRow), Text<SurveyResponseRecord>("response_id", r => r.ResponseId),
        Timestamp<SurveyResponseRecord>("recorded_at", r => r.RecordedAt), Text<SurveyResponseRecord>("survey_id", r => r.SurveyId),
        Text<SurveyResponseRecord>("customer_id", r => r.CustomerId), Text<SurveyResponseRecord>("email", r => r.Email),
        Text<SurveyResponseRecord>("touchpoint", r => r.Touchpoint), Int<SurveyResponseRecord>("nps", r => r.Nps), Int<SurveyResponseRecord>("csat", r => r.Csat),
        Int<SurveyResponseRecord>("ces", r => r.Ces), Bool<SurveyResponseRecord>("complaint", r => r.Complaint),
        Text<SurveyResponseRecord>("complaint_category", r => r.ComplaintCategory), Timestamp<SurveyResponseRecord>("resolved_at", r => r.ResolvedAt),
        Text<SurveyResponseRecord>("comment", r => r.Comment), Text<SurveyResponseRecord>("loyalty_id", r => r.LoyaltyId),
    ], r => new SurveyResponseRecord
    {
        SourceRow = r.Value<long>("source_row") ?? 0, ResponseId = r.Text("response_id")!, RecordedAt = r.Timestamp("recorded_at") ?? default,
        SurveyId = r.Text("survey_id"), CustomerId = r.Text("customer_id"), Email = r.Text("email"), Touchpoint = r.Text("touchpoint"),
        Nps = r.Value<int>("nps"), Csat = r.Value<int>("csat"), Ces = r.Value<int>("ces"), Complaint = r.Value<bool>("complaint"),
        ComplaintCategory = r.Text("complaint_category"), ResolvedAt = r.Timestamp("resolved_at"), Comment = r.Text("comment"),
        LoyaltyId = r.OptionalText("loyalty_id"), // absent from lake files landed before surveys carried it
    });

    /// <summary>The schema of an entity (for documentation, DuckDB <c>read_parquet</c> column lists, or checks).</summary>
    public static ILakeSchema For(EntityKind kind) => kind switch
    {
        EntityKind.Customers => Customers,
        EntityKind.Products => Products,
        EntityKind.Stores => Stores,
        EntityKind.OrderLines => OrderLines,
        EntityKind.WebEvents => WebEvents,
        EntityKind.Campaigns => Campaigns,
        EntityKind.EmailEvents => EmailEvents,
        EntityKind.SurveyResponses => SurveyResponses,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity."),
    };

    internal static LakeSchema<T> Of<T>() => (LakeSchema<T>)typeof(LakeSchemas)
        .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)
        .Select(f => f.GetValue(null))
        .OfType<LakeSchema<T>>()
        .First();
}
