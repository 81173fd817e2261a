namespace CrmInsights.Etl.Loading;

/// <summary>Empties what the loads write (facts, dimensions except the seeded unknown members, lineage), before a replay from the lake.</summary>
public static class ReplayStatements
{
    /// <summary>In foreign-key order: facts, stage, dimensions, then lineage.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } =
    [
        new("Replay.ClearSalesLine", "DELETE FROM fact.SalesLine;"),
        new("Replay.ClearEmailEvent", "DELETE FROM fact.EmailEvent;"),
        new("Replay.ClearSurveyResponse", "DELETE FROM fact.SurveyResponse;"),
        new("Replay.ClearSurveyInvitation", "DELETE FROM fact.SurveyInvitation;"),
        new("Replay.ClearWebSession", "DELETE FROM fact.WebSession;"),
        new("Replay.ClearWebEvent", "DELETE FROM fact.WebEvent;"),
        new("Replay.ClearStagePosStore", "DELETE FROM stage.PosStore;"),
        new("Replay.ClearStagePosProduct", "DELETE FROM stage.PosProduct;"),
        new("Replay.ClearStagePosCustomer", "DELETE FROM stage.PosCustomer;"),
        new("Replay.ClearStagePosOrderLine", "DELETE FROM stage.PosOrderLine;"),
        new("Replay.ClearStageEmailCampaign", "DELETE FROM stage.EmailCampaign;"),
        new("Replay.ClearStageEmailEvent", "DELETE FROM stage.EmailEvent;"),
        new("Replay.ClearStageWebEvent", "DELETE FROM stage.WebEvent;"),
        new("Replay.ClearStageWebSessionKey", "DELETE FROM stage.WebSessionKey;"),
        new("Replay.ClearStageSurveyResponse", "DELETE FROM stage.SurveyResponse;"),
        new("Replay.ClearStageSurveyInvitation", "DELETE FROM stage.SurveyInvitation;"),
        new("Replay.ClearCustomer", "DELETE FROM dim.Customer WHERE CustomerKey <> -1;"),
        new("Replay.ClearProduct", "DELETE FROM dim.Product WHERE ProductKey <> -1;"),
        new("Replay.ClearStore", "DELETE FROM dim.Store WHERE StoreKey <> -1;"),
        new("Replay.ClearCampaign", "DELETE FROM dim.Campaign WHERE CampaignKey <> -1;"),
        new("Replay.ClearReject", "DELETE FROM etl.Reject;"),
        new("Replay.ClearCheckResult", "DELETE FROM etl.CheckResult;"),
        new("Replay.ClearWatermark", "DELETE FROM etl.Watermark;"),
        new("Replay.ClearBatch", "DELETE FROM etl.Batch;"),
    ];
}
