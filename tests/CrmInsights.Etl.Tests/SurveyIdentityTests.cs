using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

/// <summary>A survey response may name its respondent by loyalty_id alone; with none of the three identities it is rejected naming the keys.</summary>
public class SurveyIdentityTests
{
    private static TestWorkspace WithCardColumn()
    {
        var ws = new TestWorkspace();
        ws.Options.Sources["survey"].Entities["responses"] = new EntityMappingOptions
        {
            Fields =
            {
                ["response_id"] = new FieldMappingOptions { Column = "Id" }, ["recorded_at"] = new FieldMappingOptions { Column = "When" },
                ["loyalty_id"] = new FieldMappingOptions { Column = "Card" }, ["nps"] = new FieldMappingOptions { Column = "Score" },
            },
        };
        return ws;
    }

    [Fact]
    public async Task Extract_LoyaltyIdOnly_Accepted_CarriesTheLoyaltyIdToTheLoad()
    {
        using var ws = WithCardColumn();

        var batch = await ws.ExtractAsync("survey", "responses-2026-05-01.csv", "Id,When,Card,Score\nF1,2026-05-01T10:00:00Z, LN1 ,9\n");

        Assert.Equal((1L, 1L, 0L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected));
        var response = Assert.Single(await TestWorkspace.ReadAllAsync<SurveyResponseRecord>(batch));
        Assert.Equal(("LN1", null, null), (response.LoyaltyId, response.CustomerId, response.Email));
    }

    [Fact]
    public async Task Preview_LoyaltyIdOnly_ShowsTheLoyaltyId_NoIdentity_RejectedNamingTheThreeKeys()
    {
        using var ws = WithCardColumn();
        var file = ws.Drop("survey", "responses-2026-05-01.csv", "Id,When,Card,Score\nF1,2026-05-01T10:00:00Z,LN1,9\nF2,2026-05-01T10:00:00Z,,7\n");

        var preview = await MappingPreview.RunAsync(ws.Options, file.FullPath, null, null, 10);

        Assert.Equal(2, preview.Rows.Count);
        Assert.Null(preview.Rows[0].Reject);
        Assert.Contains(("loyalty_id", "LN1"), preview.Rows[0].Values!);
        Assert.Contains(("customer_id", (string?)null), preview.Rows[0].Values!);
        var reject = preview.Rows[1].Reject!;
        Assert.Equal(("customer_id", "missing_identity"), (reject.Field, reject.Code));
        const string K = "Etl:Sources:survey:Entities:responses:Fields";
        Assert.Equal(
            $"A response needs customer_id, loyalty_id or email to name its respondent and this row has none; map the export's column with {K}:customer_id:Column, {K}:loyalty_id:Column or {K}:email:Column.",
            reject.Message);
    }
}
