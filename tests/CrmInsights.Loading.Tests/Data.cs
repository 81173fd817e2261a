namespace CrmInsights.Loading.Tests;

/// <summary>Small canonical source files for the tests.</summary>
internal static class Data
{
    public const string StoresHeader = "store_id,name,channel,city,region,country,opened_on";
    public const string ProductsHeader = "sku,name,category,subcategory,brand,unit_cost,list_price,updated_at";
    public const string CustomersHeader = "customer_id,loyalty_id,email,phone,first_name,last_name,birth_date,gender,postal_code,city,region,country,signup_date,loyalty_tier,marketing_opt_in,acquisition_channel,updated_at";
    public const string OrderLinesHeader = "order_id,line_number,ordered_at,store_id,customer_id,sku,quantity,unit_price,discount_amount,tax_amount,currency,unit_cost,payment_type,loyalty_points_earned,loyalty_points_redeemed";
    public const string CampaignsHeader = "campaign_id,name,subject,sent_at,segment,cost";
    public const string ResponsesHeader = "response_id,recorded_at,survey_id,customer_id,email,touchpoint,nps,csat,ces,complaint,complaint_category,resolved_at,comment";

    public static string Stores => StoresHeader + "\nS1,High Street,store,London,London,GB,2020-01-01\nWEB,Web shop,online,,,GB,2020-01-01\n";

    public static string Products => ProductsHeader + "\nSKU1,Tea,Grocery,Tea,Acme,1.00,3.00,2026-01-01T00:00:00Z\nSKU2,Mug,Home,Kitchen,Acme,2.00,6.00,2026-01-01T00:00:00Z\n";

    public static string Customer(string id, string tier, string city, string updatedAt, string email = "", string lastName = "Smith") =>
        $"{id},L{id},{email},0700,Ann,{lastName},1980-02-03,F,E1 1AA,{city},London,GB,2025-01-01,{tier},true,web,{updatedAt}";

    public static string Customers(params string[] rows) => CustomersHeader + "\n" + string.Join("\n", rows) + "\n";

    public static string Line(string order, int line, string orderedAt, string? customer, string sku = "SKU1", int qty = 2, string price = "3.00", string store = "S1") =>
        $"{order},{line},{orderedAt},{store},{customer},{sku},{qty},{price},0.50,0.60,GBP,,card,5,0";

    public static string OrderLines(params string[] rows) => OrderLinesHeader + "\n" + string.Join("\n", rows) + "\n";

    public static string WebEvent(long micros, string name, string pseudo, long session, string? userId = null, string? page = null, long? engagement = null, decimal? value = null) =>
        "{" + $"\"event_timestamp\":{micros},\"event_name\":\"{name}\",\"user_pseudo_id\":\"{pseudo}\",\"ga_session_id\":{session}"
        + (userId is null ? "" : $",\"user_id\":\"{userId}\"")
        + (page is null ? "" : $",\"page_location\":\"{page}\"")
        + (engagement is null ? "" : $",\"engagement_time_msec\":{engagement}")
        + (value is null ? "" : $",\"value\":{value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"transaction_id\":\"O9\"")
        + ",\"source\":\"google\",\"medium\":\"organic\"}";

    public static string Lines(params string[] rows) => string.Join("\n", rows) + "\n";

    public static string EmailEvent(string id, string email, long unixSeconds, string type, string? campaign = "CMP1") =>
        "{" + $"\"event_id\":\"{id}\",\"email\":\"{email}\",\"timestamp\":{unixSeconds},\"event\":\"{type}\""
        + (campaign is null ? "" : $",\"campaign_id\":\"{campaign}\"") + "}";

    public static string Responses(params string[] rows) => ResponsesHeader + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>A small but complete day: masters, orders (one anonymous, one unknown customer), web, email, survey.</summary>
    public static void DropDay(LoadHarness h)
    {
        h.Drop("pos", "stores-2026-05-01.csv", Stores);
        h.Drop("pos", "products-2026-05-01.csv", Products);
        h.Drop("pos", "customers-2026-05-01.csv", Customers(
            Customer("C1", "Bronze", "London", "2026-04-01T00:00:00Z", "ann@example.com"),
            Customer("C2", "Silver", "Leeds", "2026-04-01T00:00:00Z", "bob@example.com")));
        h.Drop("pos", "order_lines-2026-05-01.csv", OrderLines(
            Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1"),
            Line("O1", 2, "2026-05-01T10:00:00+01:00", "C1", "SKU2", 1, "6.00"),
            Line("O2", 1, "2026-05-01T11:00:00+01:00", null),
            Line("O3", 1, "2026-05-01T12:00:00+01:00", "C9")));
        h.Drop("email", "campaigns-2026-05-01.csv", CampaignsHeader + "\nCMP1,May news,Hello,2026-05-01T09:00:00Z,all,100\n");
        h.Drop("email", "events-2026-05-01.jsonl", Lines(
            EmailEvent("E1", "ann@example.com", 1777626000, "delivered"),
            EmailEvent("E2", " ANN@example.com ", 1777626060, "open"),
            EmailEvent("E3", "nobody@example.com", 1777626000, "delivered")));
        h.Drop("web", "events-2026-05-01.jsonl", Lines(
            WebEvent(1777626000000000, "session_start", "P1", 100, page: "https://shop/a"),
            WebEvent(1777626001000000, "page_view", "P1", 100, page: "https://shop/a", engagement: 500),
            WebEvent(1777626030000000, "page_view", "P1", 100, userId: "C1", page: "https://shop/b", engagement: 500),
            WebEvent(1777626000000000, "session_start", "P2", 200, page: "https://shop/x")));
        h.Drop("survey", "responses-2026-05-01.csv", Responses(
            "R1,2026-05-01T10:00:00+01:00,S,C1,,store,9,5,2,true,delivery,2026-05-01T12:30:00+01:00,fine",
            "R2,2026-05-01T10:00:00+01:00,S,,bob@example.com,web,3,2,5,false,,,\"=HYPERLINK(\"\"x\"\")\"",
            "R3,2026-05-01T10:00:00+01:00,S,,stranger@example.com,phone,7,,,false,,,"));
    }
}
