namespace CrmInsights.Etl.Sources.Presets;

public static partial class MappingPresets
{
    // BigQuery's GA4 export nests per-event parameters as [{key, value:{string_value|int_value|double_value}}].
    private static EntityMappingOptions Ga4Events() => new()
    {
        Fields =
        {
            ["event_timestamp"] = Col("event_timestamp"),
            ["event_name"] = Col("event_name"),
            ["user_pseudo_id"] = Col("user_pseudo_id"),
            ["user_id"] = Col("user_id"),
            ["ga_session_id"] = Param("ga_session_id", "int_value"),
            ["page_location"] = Param("page_location", "string_value"),
            ["page_referrer"] = Param("page_referrer", "string_value"),
            ["source"] = Col("traffic_source.source"),
            ["medium"] = Col("traffic_source.medium"),
            ["campaign"] = Col("traffic_source.name"),
            ["device_category"] = Col("device.category"),
            ["country"] = Col("geo.country"),
            ["transaction_id"] = Col("ecommerce.transaction_id"),
            ["value"] = new()
            {
                Column = "event_params[key=value].value.double_value",
                Coalesce = ["event_params[key=value].value.int_value", "event_params[key=value].value.float_value", "event_value_in_usd"],
            },
            ["engagement_time_msec"] = Param("engagement_time_msec", "int_value"),
        },
    };

    private static FieldMappingOptions Param(string key, string valueType) => new()
    {
        Column = $"event_params[key={key}].value.{valueType}",
        Coalesce = [$"event_params[key={key}].value.string_value"],
    };
}
