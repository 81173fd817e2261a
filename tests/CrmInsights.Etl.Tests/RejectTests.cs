namespace CrmInsights.Etl.Tests;

public class RejectTests
{
    private const string OrderHeader = "order_id,line_number,ordered_at,store_id,customer_id,sku,quantity,unit_price,discount_amount,tax_amount";
    private const string SurveyHeader = "response_id,recorded_at,customer_id,email,touchpoint,nps,csat,ces,complaint";

    [Theory]
    [InlineData("pos", "order_lines", OrderHeader, ",1,2026-05-01T10:00:00Z,S1,,A,1,1.00,,", "order_id", "missing_required")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,x,2026-05-01T10:00:00Z,S1,,A,1,1.00,,", "line_number", "invalid_integer")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00Z,S1,,A,1.5,1.00,,", "quantity", "invalid_integer")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00Z,S1,,A,1,abc,,", "unit_price", "invalid_number")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00Z,S1,,A,1,1.00001,,", "unit_price", "invalid_number")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00Z,S1,,A,1,-1.00,,", "unit_price", "out_of_range")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-13-01T10:00:00Z,S1,,A,1,1.00,,", "ordered_at", "invalid_timestamp")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00,S1,,A,1,1.00,,", "ordered_at", "missing_offset")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00Z,S1,,A,1,1.00,,,extra", "", "column_count")]
    [InlineData("pos", "order_lines", OrderHeader, "O1,1,2026-05-01T10:00:00Z,S1,,A\"b,1,1.00,,", "", "column_count")]
    [InlineData("pos", "stores", "store_id,name,channel", "S1,Main,kiosk", "channel", "invalid_code")]
    [InlineData("pos", "customers", "customer_id,signup_date,updated_at,marketing_opt_in", "C1,2026-02-30,2026-05-01T10:00:00Z,Y", "signup_date", "invalid_date")]
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,,,store,5,,,", "customer_id", "missing_identity")]
    // The email is optional, but without it (and no customer_id) the response is nobody's: rejected with the email's reason.
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,,not-an-email,store,5,,,", "email", "invalid_email")]
    public async Task Extract_BadCsvRow_RejectedWithFieldAndCode(string source, string entity, string header, string row, string field, string code)
    {
        using var ws = new TestWorkspace();
        var batch = await ws.ExtractAsync(source, $"{entity}-2026-05-01.csv", header + "\n" + row + "\n");

        Assert.Equal((1L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected));
        var reject = Assert.Single(batch.Rejects);
        Assert.Equal((1L, field, code), (reject.RowNumber, reject.Field, reject.Code));
        Assert.Equal(row, reject.RawText);
        Assert.Equal(reject, Assert.Single(await batch.ReadRejectsAsync().ToListAsync()));
        Assert.True(File.Exists(Path.Combine(ws.Root, "rejects", source, $"{entity}-2026-05-01.csv.rejects.csv")));
    }

    [Theory]
    [InlineData("2,3.00,-0.50,0.60", "discount_amount", "discount_amount -0.50 has the opposite sign to quantity 2")]
    [InlineData("2,3.00,0.50,-0.60", "tax_amount", "tax_amount -0.60 has the opposite sign to quantity 2")]
    [InlineData("-2,3.00,0.50,-0.60", "discount_amount", "discount_amount 0.50 has the opposite sign to quantity -2")]
    [InlineData("-2,3.00,-0.50,0.60", "tax_amount", "tax_amount 0.60 has the opposite sign to quantity -2")]
    [InlineData("0,3.00,0,0.60", "tax_amount", "tax_amount 0.60 on a line with quantity 0")]
    public async Task Extract_DiscountOrTaxSignedAgainstTheQuantity_RejectedOutOfRangeNamingValueAndQuantity(string amounts, string field, string message)
    {
        using var ws = new TestWorkspace();
        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", $"{OrderHeader}\nO1,1,2026-05-01T10:00:00Z,S1,,A,{amounts}\n");

        var reject = Assert.Single(batch.Rejects);
        Assert.Equal((field, "out_of_range"), (reject.Field, reject.Code));
        Assert.StartsWith(message, reject.Message, StringComparison.Ordinal);
        Assert.Contains(quantityIsZero(amounts) ? "carries no" : "a return (negative quantity) zero or negative ones", reject.Message, StringComparison.Ordinal);

        static bool quantityIsZero(string a) => a.StartsWith("0,", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2,3.00,0.50,0.60")]
    [InlineData("-2,3.00,-0.50,-0.60")]
    [InlineData("-2,3.00,0,0")]
    [InlineData("2,3.00,,")]
    [InlineData("0,3.00,0,0")]
    public async Task Extract_SaleOrReturnWithAmountsOfItsSign_Accepted(string amounts)
    {
        using var ws = new TestWorkspace();
        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", $"{OrderHeader}\nO1,1,2026-05-01T10:00:00Z,S1,,A,{amounts}\n");

        Assert.Equal((1L, 0L), (batch.RowsAccepted, batch.RowsRejected));
    }

    [Theory]
    [InlineData("""{"event_id":"e1","email":"a@x.com","timestamp":1777629600,"event":"opened"}""", "event", "invalid_code")]
    [InlineData("""{"event_id":"e1","email":"a@x.com","timestamp":1777629600000,"event":"open"}""", "timestamp", "out_of_range")]
    [InlineData("""{"event_id":"e1","timestamp":1777629600,"event":"open"}""", "email", "missing_required")]
    [InlineData("""{"event_id":"e1","email":"a@x.com","timestamp":1777629600,"event":"open""", "", "invalid_json")]
    [InlineData("""[1,2]""", "", "invalid_json")]
    public async Task Extract_BadEmailEvent_RejectedWithFieldAndCode(string line, string field, string code)
    {
        using var ws = new TestWorkspace();
        var good = """{"event_id":"ok","email":"a@x.com","timestamp":1777629600,"event":"delivered"}""";
        var batch = await ws.ExtractAsync("email", "events-2026-05-01.jsonl", good + "\n" + line + "\n");

        Assert.Equal((2L, 1L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected));
        var reject = Assert.Single(batch.Rejects);
        Assert.Equal((2L, field, code), (reject.RowNumber, reject.Field, reject.Code));
    }

    [Fact]
    public async Task Extract_WebEventTimestampInMilliseconds_RejectedOutOfRange()
    {
        using var ws = new TestWorkspace();
        var line = """{"event_timestamp":1777629600123,"event_name":"page_view","user_pseudo_id":"p","ga_session_id":1}""";
        var batch = await ws.ExtractAsync("web", "events-2026-05-01.jsonl", line);

        Assert.Equal(("event_timestamp", "out_of_range"), (batch.Rejects[0].Field, batch.Rejects[0].Code));
    }

    [Fact]
    public async Task Extract_LongRow_RawTextTruncated()
    {
        using var ws = new TestWorkspace();
        ws.Options.MaxRejectRawLength = 50;
        var batch = await ws.ExtractAsync("survey", "responses-2026-05-01.csv", "response_id,recorded_at,customer_id,comment\nR1,bad,C1," + new string('x', 500) + "\n");

        Assert.Equal(51, batch.Rejects[0].RawText.Length);
    }
}
