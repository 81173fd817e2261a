using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>
/// survey/invitations load into fact.SurveyInvitation: the invitee resolves by the rule responses use (customer_id, loyalty
/// id, normalised email, an inferred loyalty member, an address waiting on the unknown member), a redelivered invitation_id
/// replaces its earlier copy and a corrected file replaces what its earlier version loaded.
/// </summary>
public class SurveyInvitationLoadTests
{
    private const string Invitees = """
        SELECT f.InvitationId, COALESCE(f.SurveyId, '-'), c.CustomerId, COALESCE(f.Channel, '-')
        FROM fact.SurveyInvitation AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey ORDER BY f.InvitationId
        """;

    private const string Header = "invitation_id,sent_at,survey_id,customer_id,loyalty_id,email,channel\n";

    private static LoadHarness WithCustomers()
    {
        var h = new LoadHarness();
        // C1 carries loyalty id LC1 and ann@example.com, C2 LC2 and bob@example.com.
        h.Drop("pos", "customers-2026-05-01.csv", Data.Customers(
            Data.Customer("C1", "Bronze", "London", "2026-04-01T00:00:00Z", "ann@example.com"),
            Data.Customer("C2", "Silver", "Leeds", "2026-04-01T00:00:00Z", "bob@example.com")));
        return h;
    }

    [Fact]
    public async Task Invitations_ResolveTheirInviteeAsResponsesDo_AndRejectTheUnloadable()
    {
        using var h = WithCustomers();
        h.Drop("survey", "invitations-2026-05-01.csv", Header + """
            I1,2026-05-01T10:00:00Z,NPS,C2,,,email
            I2,2026-05-01T10:00:00Z,NPS,,LC1,,SMS
            I3,2026-05-01T10:00:00Z,NPS,,, Ann@Example.com ,receipt
            I4,2026-05-01T10:00:00Z,NPS,,LN9,,
            I5,2026-05-01T10:00:00Z,,,,cy@example.com,email
            I6,1850-06-01T10:00:00Z,NPS,,LN7,,email
            I7,2026-05-01T10:00:00Z,NPS,,,,email

            """);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        // I4's loyalty id is nobody's: an inferred member; I5's address is nobody's yet: the unknown member, waiting by address.
        Assert.Equal(["I1|NPS|C2|email", "I2|NPS|C1|sms", "I3|NPS|C1|receipt", "I4|NPS|loyalty:LN9|-", "I5|-|UNKNOWN|email"], await h.RowsAsync(Invitees));
        Assert.Equal(["cy@example.com"], await h.RowsAsync("SELECT EmailNormalized FROM fact.SurveyInvitation WHERE CustomerKey = -1"));
        // I6 lies outside the calendar and infers nobody (no loyalty:LN7); I7 names nobody.
        Assert.Equal(["customer_id|missing_identity", "sent_at|out_of_range"],
            await h.RowsAsync("SELECT FieldName, Reason FROM etl.Reject ORDER BY FieldName"));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM dim.Customer WHERE CustomerId = 'loyalty:LN7'"));
        Assert.Equal(["invitations-2026-05-01.csv|7|5|2"],
            await h.RowsAsync("SELECT FileName, RowsRead, RowsLoaded, RowsRejected FROM etl.Batch WHERE Entity = 'invitations'"));

        // The owner of cy@example.com and the member behind LN9 arrive: the waiting invitation is matched, the inferred member adopted.
        h.Drop("pos", "customers-2026-05-02.csv", Data.Customers(
            "C9,LN9,,,Cy,Moss,,,,York,,GB,2025-02-01,Gold,true,web,2026-05-02T00:00:00Z",
            "C8,,cy@example.com,,Di,Ray,,,,Hull,,GB,2025-03-01,Bronze,false,store,2026-05-02T00:00:00Z"));
        await h.RunAsync();

        Assert.Equal(["I4|C9", "I5|C8"], await h.RowsAsync("""
            SELECT f.InvitationId, c.CustomerId FROM fact.SurveyInvitation AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
            WHERE f.InvitationId IN ('I4', 'I5') ORDER BY f.InvitationId
            """));
    }

    [Fact]
    public async Task RedeliveredInvitation_ReplacesItsCopy_AndACorrectedFileReplacesItsEarlierVersion()
    {
        using var h = WithCustomers();
        h.Drop("survey", "invitations-2026-05-01.csv", Header + "I1,2026-05-01T10:00:00Z,NPS,C1,,,email\nI2,2026-05-01T11:00:00Z,NPS,C2,,,email\n");
        await h.RunAsync();

        // Another file carries I2 again (sent by sms after all): one I2, the newer one; the first batch counts it superseded.
        h.Drop("survey", "invitations-2026-05-02.csv", Header + "I2,2026-05-01T11:00:00Z,NPS,C2,,,sms\nI3,2026-05-02T09:00:00Z,CSAT,C1,,,receipt\n");
        await h.RunAsync();
        Assert.Equal(["I1|NPS|C1|email", "I2|NPS|C2|sms", "I3|CSAT|C1|receipt"], await h.RowsAsync(Invitees));

        // A corrected invitations-2026-05-01.csv: what its first version still holds (I1) goes; I2 stays as the other file loaded it.
        h.Drop("survey", "invitations-2026-05-01.csv", Header + "I4,2026-05-01T12:00:00Z,NPS,C2,,,email\n");
        await h.RunAsync();
        Assert.Equal(["I2|NPS|C2|sms", "I3|CSAT|C1|receipt", "I4|NPS|C2|email"], await h.RowsAsync(Invitees));

        // Every batch's record still says how many of its rows the fact holds.
        Assert.Empty(await h.RowsAsync("""
            SELECT b.BatchId FROM etl.Batch AS b
            WHERE b.Entity = 'invitations' AND b.Status IN ('Succeeded', 'Replaced')
              AND b.RowsLoaded - b.RowsSuperseded <> (SELECT COUNT(*) FROM fact.SurveyInvitation AS f WHERE f.BatchId = b.BatchId)
            """));
        Assert.Equal(3, await h.CountAsync("SELECT COUNT(*) FROM etl.Batch WHERE Entity = 'invitations'"));
    }
}
