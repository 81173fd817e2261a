namespace CrmInsights.Etl.Sources.Presets;

public static partial class MappingPresets
{
    // Shopify writes order-level fields (date, currency, payment, location) only on the first line row of
    // an order; they are carried forward within the order (grouped by the order Name, e.g. "#1001"). The buyer is named by
    // Email only, so lines resolve to the customer with that normalised address.
    private static EntityMappingOptions ShopifyOrderLines() => new()
    {
        HeaderRows = 1,
        GroupBy = "Name",
        CarryForward = ["ordered_at", "currency", "payment_type", "store_id", "email"],
        Fields =
        {
            ["order_id"] = Col("Name"),
            ["line_number"] = new() { Sequence = true },
            ["ordered_at"] = new() { Column = "Created at", Formats = ["yyyy-MM-dd HH:mm:ss zzz"] },
            ["store_id"] = new() { Column = "Location", Default = "online" },
            ["sku"] = Col("Lineitem sku"),
            ["quantity"] = Col("Lineitem quantity"),
            ["unit_price"] = Money("Lineitem price"),
            ["discount_amount"] = Money("Lineitem discount"),
            ["currency"] = Col("Currency"),
            ["payment_type"] = Col("Payment Method"),
            ["email"] = Col("Email"),
        },
    };

    // Square's item-details export has Date, Time and Time Zone columns and money like "$3.00";
    // Gross Sales is quantity × price, so the unit price is derived.
    private static EntityMappingOptions SquareOrderLines() => new()
    {
        HeaderRows = 1,
        GroupBy = "Transaction ID",
        Fields =
        {
            ["order_id"] = Col("Transaction ID"),
            ["line_number"] = new() { Sequence = true },
            ["ordered_at"] = new()
            {
                Columns = ["Date", "Time"],
                Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "MM/dd/yyyy HH:mm:ss", "M/d/yyyy H:mm:ss", "M/d/yy H:mm:ss"],
                TimeZoneColumn = "Time Zone",
                TimeZoneAliases = new(StringComparer.OrdinalIgnoreCase)
                {
                    ["Pacific Time (US & Canada)"] = "America/Los_Angeles",
                    ["Mountain Time (US & Canada)"] = "America/Denver",
                    ["Central Time (US & Canada)"] = "America/Chicago",
                    ["Eastern Time (US & Canada)"] = "America/New_York",
                    ["London"] = "Europe/London",
                    ["Dublin"] = "Europe/Dublin",
                    ["Edinburgh"] = "Europe/London",
                    ["UTC"] = "Etc/UTC",
                },
            },
            ["store_id"] = Col("Location"),
            ["customer_id"] = Col("Customer ID"),
            ["sku"] = Col("SKU"),
            ["quantity"] = Col("Qty"),
            ["unit_price"] = new() { Column = "Gross Sales", Money = true, DivideBy = "quantity" },
            ["discount_amount"] = new() { Column = "Discounts", Money = true, Absolute = true },
            ["tax_amount"] = Money("Tax"),
        },
    };
}
