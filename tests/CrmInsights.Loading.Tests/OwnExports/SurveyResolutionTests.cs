using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>
/// Survey responses resolve their respondent by the rule order lines use for their buyer: customer_id, else loyalty_id, else
/// normalised email, and an unmatched loyalty id becomes an inferred member the master record carrying it adopts.
/// </summary>
public class SurveyResolutionTests
{
    private const string S = "Etl:Sources:survey:Entities:responses";

    private const string Respondents = """
        SELECT f.ResponseId, c.CustomerId FROM fact.SurveyResponse AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey ORDER BY f.ResponseId
        """;

    private static (string, string) K(string key, string value) => (key, value);

    private static LoadHarness FeedbackHarness()
    {
        var h = new LoadHarness();
        h.Configure(
            K("Etl:Sources:survey:Kind", "survey"), K($"{S}:FilePattern", "Feedback*.csv"),
            K($"{S}:Fields:response_id:Column", "Id"), K($"{S}:Fields:recorded_at:Column", "When"),
            K($"{S}:Fields:loyalty_id:Column", "Card"), K($"{S}:Fields:email:Column", "Mail"), K($"{S}:Fields:nps:Column", "Score"));
        // C1 carries loyalty id LC1 and ann@example.com, C2 LC2 and bob@example.com.
        h.Drop("pos", "customers-2026-05-01.csv", Data.Customers(
            Data.Customer("C1", "Bronze", "London", "2026-04-01T00:00:00Z", "ann@example.com"),
            Data.Customer("C2", "Silver", "Leeds", "2026-04-01T00:00:00Z", "bob@example.com")));
        return h;
    }

    [Fact]
    public async Task ResponsesNamingOnlyLoyaltyIdOrEmail_ResolveToTheExistingCustomer_UnknownLoyaltyIdInfersAMember()
    {
        using var h = FeedbackHarness();
        h.Drop("survey", "Feedback May.csv", """
            Id,When,Card,Mail,Score
            F1,2026-05-01T10:00:00Z,LC1,,9
            F2,2026-05-01T10:00:00Z,, Ann@Example.com ,8
            F3,2026-05-01T10:00:00Z,LN9,,7
            F4,2026-05-01T10:00:00Z,LN8,bob@example.com,6
            F5,2026-05-01T10:00:00Z,,cy@example.com,5
            F6,1850-06-01T10:00:00Z,LN7,,4

            """);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        // F4's loyalty id matches nobody but its address does: the known customer wins over a new inferred member, as for order lines.
        // F5's address is nobody's yet: it waits on the unknown member, as before.
        Assert.Equal(["F1|C1", "F2|C1", "F3|loyalty:LN9", "F4|C2", "F5|UNKNOWN"], await h.RowsAsync(Respondents));
        Assert.Equal(["C1|LC1|False", "C2|LC2|False", "loyalty:LN9|LN9|True"],
            await h.RowsAsync("SELECT CustomerId, LoyaltyId, IsInferred FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId"));
        // The 1850 response is rejected and infers nobody (no loyalty:LN7 member).
        Assert.Equal(["recorded_at|out_of_range|F6,1850-06-01T10:00:00Z,LN7,,4"], await h.RowsAsync("SELECT FieldName, Reason, RawRow FROM etl.Reject"));
    }

    [Fact]
    public async Task CustomerArrivingLater_AdoptsTheInferredLoyaltyMemberAndMatchesTheWaitingAddress()
    {
        using var h = FeedbackHarness();
        h.Drop("survey", "Feedback May.csv", "Id,When,Card,Mail,Score\nF3,2026-05-01T10:00:00Z,LN9,,7\nF5,2026-05-01T10:00:00Z,,cy@example.com,5\n");
        await h.RunAsync();
        Assert.Equal(["F3|loyalty:LN9", "F5|UNKNOWN"], await h.RowsAsync(Respondents));

        // The member behind LN9 and the owner of cy@example.com arrive in the customer master.
        h.Drop("pos", "customers-2026-05-02.csv", Data.Customers(
            "C9,LN9,,,Cy,Moss,,,,York,,GB,2025-02-01,Gold,true,web,2026-05-02T00:00:00Z",
            "C8,,cy@example.com,,Di,Ray,,,,Hull,,GB,2025-03-01,Bronze,false,store,2026-05-02T00:00:00Z"));
        await h.RunAsync();

        Assert.Equal(["F3|C9", "F5|C8"], await h.RowsAsync(Respondents));
        // Adopted, not duplicated: one row per person, none inferred.
        Assert.Equal(["C1|False", "C2|False", "C8|False", "C9|False"],
            await h.RowsAsync("SELECT CustomerId, IsInferred FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId"));
        Assert.Equal(["F3|Gold|York"], await h.RowsAsync("""
            SELECT f.ResponseId, c.LoyaltyTier, c.City FROM fact.SurveyResponse AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
            WHERE f.ResponseId = 'F3'
            """));
    }

    [Fact]
    public async Task CanonicalLoyaltyIdColumn_AndALaterResponseOfTheInferredMember_ReachTheSameCustomer()
    {
        using var h = new LoadHarness();
        h.Drop("survey", "responses-2026-05-01.csv",
            "response_id,recorded_at,loyalty_id,nps\nR1,2026-05-01T10:00:00Z,LN9,9\n");
        await h.RunAsync();
        h.Drop("survey", "responses-2026-05-02.csv",
            "response_id,recorded_at,loyalty_id,nps\nR2,2026-05-02T10:00:00Z,LN9,3\n");
        await h.RunAsync();

        // The second file's LN9 names the member the first inferred, not a second one.
        Assert.Equal(["R1|loyalty:LN9", "R2|loyalty:LN9"], await h.RowsAsync(Respondents));
        Assert.Equal(1, await h.CountAsync("SELECT COUNT(*) FROM dim.Customer WHERE CustomerKey > 0"));
    }
}
