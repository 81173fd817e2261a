using CrmInsights.Etl.Validation;

namespace CrmInsights.Etl.Sources.Presets;

/// <summary>Built-in mappings from common exports to the canonical entities; configuration overrides them field by field.</summary>
public static partial class MappingPresets
{
    /// <summary>Canonical column names and formats (SOURCES.md), for every entity.</summary>
    public const string Canonical = "canonical";

    /// <summary>Shopify orders export → pos/order_lines.</summary>
    public const string Shopify = "shopify";

    /// <summary>Square item-details export → pos/order_lines.</summary>
    public const string Square = "square";

    /// <summary>GA4 BigQuery export as JSON Lines → web/events.</summary>
    public const string Ga4 = "ga4";

    /// <summary>SendGrid event webhook JSON Lines → email/events.</summary>
    public const string SendGrid = "sendgrid";

    /// <summary>Qualtrics CSV export (three header rows) → survey/responses.</summary>
    public const string Qualtrics = "qualtrics";

    /// <summary>All preset names.</summary>
    public static IReadOnlyList<string> Names { get; } = [Canonical, Shopify, Square, Ga4, SendGrid, Qualtrics];

    /// <summary>The preset's mapping for an entity; the canonical identity mapping when the preset does not cover it.</summary>
    public static EntityMappingOptions For(string preset, EntityInfo entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var mapping = (preset?.ToLowerInvariant(), entity.Kind) switch
        {
            (Shopify, EntityKind.OrderLines) => ShopifyOrderLines(),
            (Square, EntityKind.OrderLines) => SquareOrderLines(),
            (Ga4, EntityKind.WebEvents) => Ga4Events(),
            (SendGrid, EntityKind.EmailEvents) => SendGridEvents(),
            (Qualtrics, EntityKind.SurveyResponses) => QualtricsResponses(),
            _ => null,
        };
        return mapping ?? CanonicalFor(entity);
    }

    /// <summary>Every canonical field read from the column of the same name.</summary>
    public static EntityMappingOptions CanonicalFor(EntityInfo entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var m = new EntityMappingOptions { HeaderRows = 1 };
        foreach (var f in entity.Fields)
        {
            m.Fields[f.Name] = new FieldMappingOptions { Column = f.Name };
        }

        return m;
    }

    private static FieldMappingOptions Col(string column) => new() { Column = column };

    private static FieldMappingOptions Money(string column) => new() { Column = column, Money = true };
}
