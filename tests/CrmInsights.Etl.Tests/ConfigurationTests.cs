using System.Text;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Tests;

public class ConfigurationTests
{
    // A retailer's own till export: different column names, dd/MM/yyyy dates in local time, money with £, Y/N flags.
    private const string AppSettings = """
        {
          "Etl": {
            "StableFor": "00:00:01",
            "Sources": {
              "till": {
                "Kind": "pos",
                "Format": "Csv",
                "Preset": "canonical",
                "Entities": {
                  "order_lines": {
                    "GroupBy": "Receipt",
                    "CarryForward": [ "ordered_at", "store_id" ],
                    "Fields": {
                      "order_id": { "Column": "Receipt" },
                      "line_number": { "Sequence": true },
                      "ordered_at": { "Column": "Sold", "Formats": [ "dd/MM/yyyy HH:mm" ], "TimeZone": "Europe/London" },
                      "store_id": { "Column": "Branch", "ValueMap": { "Leeds": "S01", "York": "S02" } },
                      "customer_id": { "Column": "Card No" },
                      "sku": { "Column": "Item" },
                      "quantity": { "Column": "Qty" },
                      "unit_price": { "Column": "Price", "Money": true },
                      "currency": { "Constant": "GBP" },
                      "payment_type": { "Column": "Tender", "Default": "cash" }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task AddEtl_CustomMappingFromAppsettingsJson_ExtractsRetailerExport()
    {
        var options = Bind(AppSettings);
        using var ws = new TestWorkspace(options);
        var csv = "Receipt,Sold,Branch,Card No,Item,Qty,Price,Tender\n"
                + "R-1,01/05/2026 09:15,Leeds,L77,TEA,2,£1.50,card\n"
                + "R-1,,,L77,CAKE,1,\"£1,250.00\",\n";
        var batch = await ws.ExtractAsync("till", "order_lines-2026-05-01.csv", csv); // before the test clock (2026-05-02): later rows are future_timestamp

        Assert.Equal(0, batch.RowsRejected);
        var rows = await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 8, 15, 0, TimeSpan.Zero), rows[1].OrderedAt); // BST = UTC+1
        Assert.Equal(("R-1", 2, "S01", "L77", 1250m, "GBP", "cash"),
            (rows[1].OrderId, rows[1].LineNumber, rows[1].StoreId, rows[1].CustomerId, rows[1].UnitPrice, rows[1].Currency, rows[1].PaymentType));
        Assert.True(options.Sources.ContainsKey("web"));
    }

    [Fact]
    public void Validate_BadConfiguration_ListsEveryFailure()
    {
        var o = EtlOptions.CreateDefault();
        o.RowGroupSize = 0;
        o.Sources["bad/name"] = new SourceOptions { Kind = "pos", Preset = "nope", Folder = "../outside" };
        o.Sources["x"] = new SourceOptions { Kind = "pos", Entities = { ["order_lines"] = new EntityMappingOptions { Fields = { ["price"] = new FieldMappingOptions { TimeZone = "Mars/Base" } } } } };

        var result = new EtlOptionsValidator().Validate(null, o);

        Assert.True(result.Failed);
        var all = string.Join("\n", result.Failures!);
        Assert.Contains("RowGroupSize", all);
        Assert.Contains("bad/name", all);
        Assert.Contains("Preset", all);
        Assert.Contains("Folder", all);
        Assert.Contains("Fields:price", all);
        Assert.Contains("Mars/Base", all);
    }

    private static EtlOptions Bind(string json)
    {
        var config = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddEtl();
        services.Configure<EtlOptions>(config.GetSection(EtlOptions.SectionName));
        using var sp = services.BuildServiceProvider();
        return sp.GetRequiredService<IOptions<EtlOptions>>().Value;
    }
}
