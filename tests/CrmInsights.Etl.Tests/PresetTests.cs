using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Presets;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

public class PresetTests
{
    private static TestWorkspace With(string name, string kind, SourceFormat format, string preset)
    {
        var o = EtlOptions.CreateDefault();
        o.Sources[name] = new SourceOptions { Kind = kind, Format = format, Preset = preset };
        return new TestWorkspace(o);
    }

    [Fact]
    public async Task Shopify_OrderFieldsOnFirstRowOnly_CarriedForwardWithinOrder()
    {
        using var ws = With("shopify", SourceKinds.Pos, SourceFormat.Csv, MappingPresets.Shopify);
        var csv = "Name,Email,Created at,Currency,Payment Method,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem discount,Location\n"
                + "#1001,a@x.com,2026-05-01 10:00:00 +0200,EUR,Visa,2,Mug,$3.00,MUG-1,0.50,\n"
                + "#1001,,,,,1,Cup,4.00,CUP-1,,\n"
                + "#1002,b@x.com,2026-05-01 11:30:00 -0500,USD,PayPal,1,Tea,2.00,TEA-1,,Shop 1\n";
        var batch = await ws.ExtractAsync("shopify", "order_lines-2026-05-01.csv", csv);

        var rows = await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch);
        Assert.Equal(3, rows.Count);
        Assert.Equal([("#1001", 1), ("#1001", 2), ("#1002", 1)], rows.Select(r => (r.OrderId, r.LineNumber)));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero), rows[1].OrderedAt);
        Assert.Equal(("EUR", "Visa", "online"), (rows[1].Currency, rows[1].PaymentType, rows[1].StoreId));
        Assert.Equal(3.00m, rows[0].UnitPrice);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 16, 30, 0, TimeSpan.Zero), rows[2].OrderedAt);
        Assert.Equal("Shop 1", rows[2].StoreId);
    }

    [Fact]
    public async Task Square_MoneyAndSeparateDateTimeZone_Normalised()
    {
        using var ws = With("square", SourceKinds.Pos, SourceFormat.Csv, MappingPresets.Square);
        var csv = "Date,Time,Time Zone,Category,Item,Qty,SKU,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Location,Customer ID\n"
                + "2026-05-01,10:00:00,Pacific Time (US & Canada),Drinks,Latte,2,LAT-1,\"$1,006.00\",-$1.00,$5.00,$0.40,T1,Main St,C9\n"
                + "2026-05-01,10:00:00,Pacific Time (US & Canada),Food,Bun,1,BUN-1,$2.50,$0.00,$2.50,$0.20,T1,Main St,C9\n";
        var batch = await ws.ExtractAsync("square", "order_lines-2026-05-01.csv", csv);

        Assert.Equal(0, batch.RowsRejected);
        var rows = await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch);
        Assert.Equal(503.00m, rows[0].UnitPrice);
        Assert.Equal(1.00m, rows[0].DiscountAmount);
        Assert.Equal(0.40m, rows[0].TaxAmount);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 17, 0, 0, TimeSpan.Zero), rows[0].OrderedAt);
        Assert.Equal([1, 2], rows.Select(r => r.LineNumber));
        Assert.Equal("C9", rows[1].CustomerId);
    }

    [Fact]
    public async Task Ga4_NestedEventParams_Resolved()
    {
        using var ws = With("ga4", SourceKinds.Web, SourceFormat.JsonLines, MappingPresets.Ga4);
        var line = """{"event_timestamp":"1777629600123456","event_name":"purchase","user_pseudo_id":"p1","user_id":"C1","event_params":[{"key":"page_location","value":{"string_value":"https://shop/x"}},{"key":"ga_session_id","value":{"int_value":"1777629600"}},{"key":"value","value":{"double_value":12.5}},{"key":"engagement_time_msec","value":{"int_value":"350"}}],"device":{"category":"mobile"},"geo":{"country":"United Kingdom"},"traffic_source":{"source":"google","medium":"cpc","name":"spring"},"ecommerce":{"transaction_id":"T9"}}""";
        var batch = await ws.ExtractAsync("ga4", "events-2026-05-01.jsonl", line + "\n\n");

        var e = Assert.Single(await TestWorkspace.ReadAllAsync<WebEventRecord>(batch));
        Assert.Equal(1777629600123456, e.EventTimestamp);
        Assert.Equal(1777629600, e.GaSessionId);
        Assert.Equal(("https://shop/x", "mobile", "United Kingdom", "google", "cpc", "spring", "T9"),
            (e.PageLocation, e.DeviceCategory, e.Country, e.Source, e.Medium, e.Campaign, e.TransactionId));
        Assert.Equal((12.5m, 350L), (e.Value, e.EngagementTimeMsec));
    }

    [Fact]
    public async Task SendGrid_WebhookFields_MappedAndDeduplicated()
    {
        using var ws = With("sendgrid", SourceKinds.Email, SourceFormat.JsonLines, MappingPresets.SendGrid);
        var jsonl = """
            {"sg_event_id":"e1","email":" Bob@Example.com","timestamp":1777629600,"event":"open","category":["spring-sale","x"],"sg_machine_open":true}
            {"sg_event_id":"e2","email":"bob@example.com","timestamp":1777629601,"event":"bounce","category":"spring-sale","type":"blocked","reason":"mailbox full"}
            {"sg_event_id":"e1","email":"bob@example.com","timestamp":1777629600,"event":"open"}
            """;
        var batch = await ws.ExtractAsync("sendgrid", "events-2026-05-01.jsonl", jsonl);

        Assert.Equal((3L, 2L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.DuplicatesSkipped));
        var rows = await TestWorkspace.ReadAllAsync<EmailEventRecord>(batch);
        Assert.Equal(("bob@example.com", "spring-sale", true), (rows[0].Email, rows[0].CampaignId, rows[0].MachineOpen));
        Assert.Equal(("bounce", "soft", "mailbox full", "spring-sale"), (rows[1].Event, rows[1].BounceType, rows[1].Reason, rows[1].CampaignId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1777629601), rows[1].Timestamp);
    }

    [Fact]
    public async Task Qualtrics_ThreeHeaderRowsAndPreviews_SkippedAndCounted()
    {
        using var ws = With("qualtrics", SourceKinds.Survey, SourceFormat.Csv, MappingPresets.Qualtrics);
        var csv = "StartDate,Status,RecordedDate,ResponseId,RecipientEmail,ExternalReference,DistributionChannel,NPS,CSAT,Comment\n"
                + "Start Date,Response Type,Recorded Date,Response ID,Recipient Email,External Data Reference,Distribution Channel,How likely...,How satisfied...,Anything else?\n"
                + "{\"ImportId\":\"startDate\"},{\"ImportId\":\"status\"},{\"ImportId\":\"recordedDate\"},{\"ImportId\":\"_recordId\"},{\"ImportId\":\"recipientEmail\"},{\"ImportId\":\"externalDataReference\"},{\"ImportId\":\"distributionChannel\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2\"},{\"ImportId\":\"QID3_TEXT\"}\n"
                + "2026-05-01 09:00:00,IP Address,2026-05-01 09:05:00,R_1,a@x.com,,email,9,4,Great\n"
                + "2026-05-01 09:00:00,Survey Preview,2026-05-01 09:05:00,R_2,,,preview,3,2,test\n"
                + "2026-05-01 09:00:00,IP Address,2026-05-01 09:06:00,R_3,,C7,anonymous,11,4,\n";
        var batch = await ws.ExtractAsync("qualtrics", "responses-2026-05-01.csv", csv);

        // nps 11 is off the scale: the optional score is stored as NULL with a warning and the response loads.
        Assert.Equal((2L, 2L, 0L, 1L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.RowsSkipped, batch.FieldWarnings));
        var rows = await TestWorkspace.ReadAllAsync<SurveyResponseRecord>(batch);
        Assert.Equal(("R_1", 9, 4, "Great"), (rows[0].ResponseId, rows[0].Nps, rows[0].Csat, rows[0].Comment));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 5, 0, TimeSpan.Zero), rows[0].RecordedAt);
        Assert.Equal(("R_3", (int?)null, (int?)4), (rows[1].ResponseId, rows[1].Nps, rows[1].Csat));
        var warning = Assert.Single(batch.Warnings);
        Assert.Equal((3L, "nps", "out_of_range"), (warning.RowNumber, warning.Field, warning.Code));
    }
}
