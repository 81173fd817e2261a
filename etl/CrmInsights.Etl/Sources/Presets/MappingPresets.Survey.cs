namespace CrmInsights.Etl.Sources.Presets;

public static partial class MappingPresets
{
    // Qualtrics CSV: row 1 export tags (the names), row 2 question text, row 3 ImportId JSON.
    // Score questions are named by their export tags; retailers rename them in configuration.
    // Dates are written without offset in the account's time zone (UTC unless configured).
    private static EntityMappingOptions QualtricsResponses() => new()
    {
        HeaderRows = 3,
        SkipWhen =
        [
            new() { Column = "DistributionChannel", EqualTo = "preview" },
            new() { Column = "Status", EqualTo = "Survey Preview" },
        ],
        Fields =
        {
            ["response_id"] = Col("ResponseId"),
            ["recorded_at"] = new() { Column = "RecordedDate", Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "M/d/yyyy H:mm"], TimeZone = "Etc/UTC" },
            ["survey_id"] = Col("SurveyID"),
            ["customer_id"] = Col("ExternalReference"),
            ["email"] = Col("RecipientEmail"),
            ["touchpoint"] = Col("Touchpoint"),
            ["nps"] = Col("NPS"),
            ["csat"] = Col("CSAT"),
            ["ces"] = Col("CES"),
            ["complaint"] = Col("Complaint"),
            ["complaint_category"] = Col("ComplaintCategory"),
            ["resolved_at"] = new() { Column = "ResolvedAt", Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"], TimeZone = "Etc/UTC" },
            ["comment"] = Col("Comment"),
        },
    };
}
