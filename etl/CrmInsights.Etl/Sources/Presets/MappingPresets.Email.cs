namespace CrmInsights.Etl.Sources.Presets;

public static partial class MappingPresets
{
    // SendGrid's category is a string or an array of strings; the first category is the campaign.
    // Its bounce event carries type "bounce" (permanent) or "blocked" (temporary).
    private static EntityMappingOptions SendGridEvents() => new()
    {
        Fields =
        {
            ["event_id"] = Col("sg_event_id"),
            ["email"] = Col("email"),
            ["timestamp"] = Col("timestamp"),
            ["event"] = Col("event"),
            ["campaign_id"] = new() { Column = "category[0]", Coalesce = ["category"] },
            ["url"] = Col("url"),
            ["reason"] = new() { Column = "reason", Coalesce = ["response"] },
            ["bounce_type"] = new()
            {
                Column = "type",
                ValueMap = new(StringComparer.OrdinalIgnoreCase) { ["bounce"] = "hard", ["blocked"] = "soft" },
            },
            ["machine_open"] = Col("sg_machine_open"),
        },
    };
}
