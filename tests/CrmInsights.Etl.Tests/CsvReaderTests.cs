using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

public class CsvReaderTests
{
    private const string OrderHeader = "order_id,line_number,ordered_at,store_id,customer_id,sku,quantity,unit_price,discount_amount,tax_amount,currency,unit_cost,payment_type,loyalty_points_earned,loyalty_points_redeemed";

    [Fact]
    public async Task Extract_BomCrlfAndQuotedNewlines_ReadsEveryRecord()
    {
        using var ws = new TestWorkspace();
        var csv = "response_id,recorded_at,survey_id,customer_id,email,touchpoint,nps,csat,ces,complaint,complaint_category,resolved_at,comment\r\n"
                + "R1,2026-05-01T10:00:00+01:00,S1,C1,,store,9,5,2,false,,,\"line one\r\nline two, with comma and \"\"quotes\"\"\"\r\n"
                + "R2,2026-05-01T11:00:00Z,S1,, Ann@Example.COM ,web,10,,,no,,,plain\r\n";
        var batch = await ws.ExtractAsync("survey", "responses-2026-05-01.csv", csv, bom: true);

        Assert.Equal(2, batch.RowsRead);
        Assert.Equal(2, batch.RowsAccepted);
        var rows = await TestWorkspace.ReadAllAsync<SurveyResponseRecord>(batch);
        Assert.Equal("line one\r\nline two, with comma and \"quotes\"", rows[0].Comment);
        Assert.Equal("ann@example.com", rows[1].Email);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), rows[0].RecordedAt);
        Assert.Equal(2, rows[1].SourceRow);
    }

    [Fact]
    public async Task Extract_CanonicalOrderLines_ParsesTypedFields()
    {
        using var ws = new TestWorkspace();
        var csv = OrderHeader + "\n" + "O1,1,2026-05-01T10:00:00+02:00,S1,,SKU1,-2,3.5,-0.25,-0.70,gbp,1.2,card,10,0\n";
        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", csv);

        var line = Assert.Single(await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch));
        Assert.Equal(("O1", 1, -2, 3.5m, -0.25m), (line.OrderId, line.LineNumber, line.Quantity, line.UnitPrice, line.DiscountAmount));
        Assert.Null(line.CustomerId);
        Assert.Equal("GBP", line.Currency);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero), line.OrderedAt);
    }

    [Fact]
    public async Task Extract_FormulaLikeTextAndMarkup_SurviveAsPlainData()
    {
        using var ws = new TestWorkspace();
        string[] comments = ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "<script>alert(1)</script> &amp;"];
        var csv = "response_id,recorded_at,customer_id,comment\n"
                + string.Concat(comments.Select((c, i) => $"R{i},2026-05-01T10:00:00Z,C{i},\"{c.Replace("\"", "\"\"")}\"\n"))
                + "BAD,not-a-date,C9,\"=HYPERLINK(\"\"x\"\")\"\n";
        var batch = await ws.ExtractAsync("survey", "responses-2026-05-01.csv", csv);

        var rows = await TestWorkspace.ReadAllAsync<SurveyResponseRecord>(batch);
        Assert.Equal(comments, rows.Select(r => r.Comment));
        var reject = Assert.Single(await batch.ReadRejectsAsync().ToListAsync());
        Assert.Equal("BAD,not-a-date,C9,\"=HYPERLINK(\"\"x\"\")\"", reject.RawText);
    }

    [Fact]
    public async Task Extract_DuplicateNaturalKeys_FirstWinsAndCountsAddUp()
    {
        using var ws = new TestWorkspace();
        var csv = OrderHeader + "\n"
                + "O1,1,2026-05-01T10:00:00Z,S1,,A,1,1.00,,,,,,,\n"
                + "O1,1,2026-05-01T10:00:00Z,S1,,B,1,9.00,,,,,,,\n"
                + "O1,2,2026-05-01T10:00:00Z,S1,,C,1,2.00,,,,,,,\n"
                + "O2,1,bad,S1,,D,1,2.00,,,,,,,\n";
        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", csv);

        Assert.Equal((4L, 2L, 1L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.DuplicatesSkipped));
        Assert.Equal(batch.RowsRead, batch.RowsAccepted + batch.RowsRejected + batch.DuplicatesSkipped);
        var rows = await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch);
        Assert.Equal(["A", "C"], rows.Select(r => r.Sku));
        Assert.Equal(4, Assert.Single(batch.Rejects).RowNumber);
    }

    [Fact]
    public async Task Extract_CustomerChangedTwiceInOneFile_BothVersionsKeptOnlyExactRepeatIsADuplicate()
    {
        using var ws = new TestWorkspace();
        const string Header = "customer_id,email,city,signup_date,loyalty_tier,updated_at";
        var csv = Header + "\n"
                + "C1,a@example.com,London,2025-01-01,Bronze,2026-03-01T09:00:00Z\n"
                + "C1,a@example.com,Leeds,2025-01-01,Bronze,2026-03-03T09:00:00Z\n"
                + "C1,a@example.com,Leeds,2025-01-01,Gold,2026-03-05T10:00:00+01:00\n"
                + "C1,a@example.com,Leeds,2025-01-01,Gold,2026-03-05T09:00:00Z\n"
                + "C2,b@example.com,York,2025-01-01,Silver,2026-03-01T09:00:00Z\n";
        var batch = await ws.ExtractAsync("pos", "customers-2026-03-02.csv", csv);

        // The fourth row is the third again (the same instant written with another offset): the one duplicate.
        Assert.Equal((5L, 4L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.DuplicatesSkipped));
        var rows = await TestWorkspace.ReadAllAsync<CustomerRecord>(batch);
        Assert.Equal(["C1|London", "C1|Leeds", "C1|Leeds", "C2|York"], rows.Select(r => $"{r.CustomerId}|{r.City}"));
        Assert.Equal(["Bronze", "Bronze", "Gold", "Silver"], rows.Select(r => r.LoyaltyTier));
    }
}
