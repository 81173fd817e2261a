using CrmInsights.Etl.Landing;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>
/// Unknown stays NULL through the warehouse: an unreadable optional value loads its row with the field NULL and a warning
/// (counted in etl.Batch, listed beside the rejects, shown by status); a missing marketing_opt_in is NULL, and an action
/// list never treats it as opted in.
/// </summary>
public class FieldWarningLoadTests
{
    private const string Header = "customer_id,signup_date,updated_at,birth_date,marketing_opt_in,email,first_name";

    private static void Setup(LoadHarness h, string? policy = null)
    {
        var keys = new List<(string, string)>
        {
            ("Etl:Sources:pos:Kind", "pos"),
            ("Etl:Sources:pos:Entities:customers:Fields:birth_date:Column", "birth_date"),
            ("Etl:Sources:pos:Entities:customers:Fields:birth_date:Formats:0", "M/d/yyyy"),
        };
        if (policy is not null)
        {
            keys.Add(("Etl:Sources:pos:InvalidOptionalValues", policy));
        }

        h.Configure([.. keys]);
    }

    [Fact]
    public async Task Run_BadOptionalBirthDate_CustomerLoadedWithNullBirthDateAndTheWarningRecordedCountedAndShown()
    {
        using var h = new LoadHarness();
        Setup(h);
        h.Drop("pos", "customers-2026-05-01.csv", Header + "\n"
            + "C1,2026-01-01,2026-05-01T08:00:00Z,6/15/1980,Y,c1@example.com,Ann\n"
            + "C2,2026-01-01,2026-05-01T08:00:00Z,31/12/1980,Y,c2@example.com,Bea\n");

        var summary = await h.RunAsync();

        Assert.Equal(["C1|1980-06-15", "C2|∅"], await h.RowsAsync("SELECT CustomerId, CAST(BirthDate AS VARCHAR) FROM dim.Customer WHERE CustomerKey <> -1 ORDER BY CustomerId"));
        Assert.Equal(["2|2|0|0|1"], await h.RowsAsync("SELECT RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, FieldWarnings FROM etl.Batch WHERE Entity = 'customers'"));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM etl.Reject"));
        Assert.Equal(1, summary.FieldWarnings);

        var warning = Assert.Single(await RejectsFile.ReadAsync(Path.Combine(h.Root, "rejects", "pos", "customers-2026-05-01.csv.warnings.csv")).ToListAsync());
        Assert.Equal((2L, "birth_date", "invalid_date"), (warning.RowNumber, warning.Field, warning.Code));
        Assert.Equal(
            "birth_date '31/12/1980' is not a date in the configured format(s) M/d/yyyy or yyyy-MM-dd; set Etl:Sources:pos:Entities:customers:Fields:birth_date:Formats to the export's format (e.g. dd.MM.yyyy).",
            warning.Message);

        var pos = Assert.Single(await h.Status.GetAsync(), s => s.Source == "pos");
        Assert.Equal((2L, 0L, 1L), (pos.RowsLoaded, pos.RowsRejected, pos.FieldWarnings));
        Assert.Equal(1L, Assert.Single(pos.LastBatches, b => b.Entity == "customers").FieldWarnings);
    }

    [Fact]
    public async Task Run_BadOptionalBirthDate_RejectSetting_CustomerRejectedWithTheSameReason()
    {
        using var h = new LoadHarness();
        Setup(h, "Reject");
        h.Drop("pos", "customers-2026-05-01.csv", Header + "\nC2,2026-01-01,2026-05-01T08:00:00Z,31/12/1980,Y,c2@example.com,Bea\n");

        await h.RunAsync();

        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM dim.Customer WHERE CustomerId = 'C2'"));
        Assert.Equal(["1|birth_date|invalid_date"], await h.RowsAsync("SELECT RowNumber, FieldName, Reason FROM etl.Reject"));
        Assert.Equal(["1|0|1|0"], await h.RowsAsync("SELECT RowsRead, RowsLoaded, RowsRejected, FieldWarnings FROM etl.Batch WHERE Entity = 'customers'"));
        Assert.False(File.Exists(Path.Combine(h.Root, "rejects", "pos", "customers-2026-05-01.csv.warnings.csv")));
    }

    [Fact]
    public async Task Run_MarketingOptInMissing_StoredNullNotFalse_AndNotOnTheBirthdayActionList()
    {
        using var h = new LoadHarness();
        Setup(h);
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        // C1 opted in, C2 opted out, C3 says nothing; all three have their birthday in June.
        h.Drop("pos", "customers-2026-05-01.csv", Header + "\n"
            + "C1,2026-01-01,2026-05-01T08:00:00Z,6/15/1980,Y,c1@example.com,Ann\n"
            + "C2,2026-01-01,2026-05-01T08:00:00Z,6/16/1981,N,c2@example.com,Bea\n"
            + "C3,2026-01-01,2026-05-01T08:00:00Z,6/17/1982,,c3@example.com,Cai\n");
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00Z", "C1")));

        await h.RunAsync();

        Assert.Equal(["C1|true", "C2|false", "C3|∅"], await h.RowsAsync("SELECT CustomerId, CAST(MarketingOptIn AS VARCHAR) FROM dim.Customer WHERE CustomerKey <> -1 ORDER BY CustomerId"));
        Assert.Equal(["C1"], await h.RowsAsync("SELECT CustomerId FROM mart.ActionBirthdayNextMonth WHERE YearMonthKey = 202605 ORDER BY CustomerId"));
    }

    [Fact]
    public async Task Run_MarketingOptInColumnAbsent_StoredNull()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "customers-2026-05-01.csv", "customer_id,signup_date,updated_at\nC1,2026-01-01,2026-05-01T08:00:00Z\n");

        await h.RunAsync();

        Assert.Equal(["C1|∅"], await h.RowsAsync("SELECT CustomerId, CAST(MarketingOptIn AS VARCHAR) FROM dim.Customer WHERE CustomerKey <> -1"));
    }
}
