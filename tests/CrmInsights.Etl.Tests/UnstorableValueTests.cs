using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

/// <summary>
/// A value that reads but that the warehouse column cannot hold follows the invalid-optional-value rule: an optional field
/// is stored as NULL with a field warning naming what was seen, the column's limit and the mapping key (the row loads), or
/// the row is rejected with the same reason under <c>InvalidOptionalValues = Reject</c>; a required or key field rejects.
/// </summary>
public class UnstorableValueTests
{
    private const string CustomerHeader = "customer_id,signup_date,updated_at,city";
    private static readonly string LongCity = new('L', 101);
    private static readonly string CityReason =
        $"city '{new string('L', 40)}…' is 101 characters, more than the 100 the warehouse column (stage.PosCustomer.City nvarchar(100)) holds; " +
        "check that Etl:Sources:pos:Entities:customers:Fields:city:Column names the intended column.";

    [Fact]
    public async Task Extract_OptionalTextLongerThanItsColumn_RowKeptCityNullWarningNamesValueLimitAndKey()
    {
        using var ws = new TestWorkspace();
        var row = $"C1,2026-02-03,2026-05-01T10:00:00Z,{LongCity}";

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", $"{CustomerHeader}\nC0,2026-02-03,2026-05-01T10:00:00Z,Leeds\n{row}\n");

        Assert.Equal((2L, 2L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        Assert.Equal(["Leeds", null], (await TestWorkspace.ReadAllAsync<CustomerRecord>(batch)).Select(c => c.City));
        var warning = Assert.Single(batch.Warnings);
        Assert.Equal((2L, "city", "too_long", CityReason, row), (warning.RowNumber, warning.Field, warning.Code, warning.Message, warning.RawText));
        Assert.Empty(batch.Rejects);
        Assert.NotNull(batch.WarningsPath);
    }

    [Theory]
    [InlineData("Reject", null)]
    [InlineData(null, "Reject")]
    public async Task Extract_OptionalTextLongerThanItsColumn_RejectSetting_RowRejectedWithTheSameReason(string? sourcePolicy, string? entityPolicy)
    {
        using var ws = new TestWorkspace();
        ws.Options.Sources["pos"].InvalidOptionalValues = sourcePolicy;
        ws.Options.Sources["pos"].Entities["customers"] = new EntityMappingOptions { InvalidOptionalValues = entityPolicy };

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", $"{CustomerHeader}\nC1,2026-02-03,2026-05-01T10:00:00Z,{LongCity}\n");

        Assert.Equal((1L, 0L, 1L, 0L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        var reject = Assert.Single(batch.Rejects);
        Assert.Equal(("city", "too_long", CityReason), (reject.Field, reject.Code, reject.Message));
    }

    [Fact]
    public async Task Extract_OptionalNumberTooLargeForItsDecimal_NulledWithWarningNamingTheColumn()
    {
        using var ws = new TestWorkspace();

        var batch = await ws.ExtractAsync("pos", "products-2026-05-01.csv", "sku,name,unit_cost,list_price\nA,Apple,10000000000000000,2.50\n");

        Assert.Equal((1L, 1L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        var product = Assert.Single(await TestWorkspace.ReadAllAsync<ProductRecord>(batch));
        Assert.Equal((null, 2.50m), (product.UnitCost, product.ListPrice));
        var warning = Assert.Single(batch.Warnings);
        Assert.Equal(("unit_cost", "out_of_range"), (warning.Field, warning.Code));
        Assert.Equal(
            "unit_cost 10000000000000000 has more than the 15 digits before the decimal point the warehouse column (stage.PosProduct.UnitCost decimal(19, 4)) holds; " +
            "check that Etl:Sources:pos:Entities:products:Fields:unit_cost:Column names the intended column and the DecimalSeparator / ThousandsSeparator settings.",
            warning.Message);
    }

    [Theory]
    [InlineData("pos", "customers", CustomerHeader, "{0},2026-02-03,2026-05-01T10:00:00Z,Leeds", "customer_id")]
    [InlineData("pos", "order_lines", "order_id,line_number,ordered_at,store_id,sku,quantity,unit_price", "{0},1,2026-05-01T10:00:00Z,S1,A,1,2.00", "order_id")]
    public async Task Extract_RequiredOrKeyTextLongerThanItsColumn_RowRejected(string source, string entity, string header, string row, string field)
    {
        using var ws = new TestWorkspace();

        var batch = await ws.ExtractAsync(source, $"{entity}-2026-05-01.csv", header + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, row, new string('X', 65)) + "\n");

        Assert.Equal((1L, 0L, 1L, 0L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        var reject = Assert.Single(batch.Rejects);
        Assert.Equal((field, "too_long"), (reject.Field, reject.Code));
        Assert.Contains("is 65 characters, more than the 64", reject.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_SurveyWhoseOnlyIdentityIsTooLong_RejectedWithThatFieldsReason()
    {
        using var ws = new TestWorkspace();

        var batch = await ws.ExtractAsync("survey", "responses-2026-05-01.csv", $"response_id,recorded_at,loyalty_id,nps\nR1,2026-05-01T10:00:00Z,{new string('9', 65)},9\n");

        var reject = Assert.Single(batch.Rejects);
        Assert.Equal(("loyalty_id", "too_long"), (reject.Field, reject.Code));
        Assert.StartsWith("loyalty_id '9999", reject.Message, StringComparison.Ordinal);
        Assert.Equal(0L, batch.FieldWarnings);
    }

    [Fact]
    public async Task Preview_OptionalTextLongerThanItsColumn_ShowsTheFieldNulledWithItsReason()
    {
        using var ws = new TestWorkspace();
        var file = ws.Drop("pos", "customers-2026-05-01.csv", $"{CustomerHeader}\nC1,2026-02-03,2026-05-01T10:00:00Z,{LongCity}\n");

        var preview = await MappingPreview.RunAsync(ws.Options, file.FullPath, null, null, 10, ws.Time);

        var row = Assert.Single(preview.Rows);
        Assert.Null(row.Reject);
        Assert.Contains(("city", (string?)null), row.Values!);
        var warning = Assert.Single(row.Warnings);
        Assert.Equal(("city", "too_long", CityReason), (warning.Field, warning.Code, warning.Message));
    }

    [Theory]
    [InlineData("pos", "order_lines", "order_id,line_number,ordered_at,store_id,sku,quantity,unit_price", "O1,1,1850-06-01T10:00:00Z,S1,A,1,2.00",
        "ordered_at", "ordered_at 1850-06-01T10:00:00Z")]
    [InlineData("pos", "customers", "customer_id,signup_date,updated_at", "C1,1850-07-15,2026-05-01T10:00:00Z", "signup_date", "signup_date 1850-07-15")]
    public async Task Extract_RequiredDayOutsideTheCalendar_RejectedNamingTheRangeAndTheFormatsKey(string source, string entity, string header, string row, string field, string seen)
    {
        using var ws = new TestWorkspace();

        var batch = await ws.ExtractAsync(source, $"{entity}-2026-05-01.csv", header + "\n" + row + "\n");

        var reject = Assert.Single(batch.Rejects);
        Assert.Equal((field, "out_of_range"), (reject.Field, reject.Code));
        Assert.Equal(
            $"{seen} is outside 1900-01-01..2199-12-31, the days the warehouse calendar (dim.Date) covers; check that Etl:Sources:{source}:Entities:{entity}:Fields:{field}:Formats reads the export's dates as written.",
            reject.Message);
    }

    [Fact]
    public async Task Extract_OptionalTimestampOutsideTheCalendar_NulledWithWarning_ABirthDateIsNoCalendarDay()
    {
        using var ws = new TestWorkspace();

        var survey = await ws.ExtractAsync("survey", "responses-2026-05-01.csv", "response_id,recorded_at,customer_id,resolved_at\nR1,2026-05-01T10:00:00Z,C1,1826-05-01T10:00:00Z\n");
        var customers = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", "customer_id,signup_date,updated_at,birth_date\nC1,2025-01-01,2026-05-01T10:00:00Z,1899-12-31\n");

        Assert.Equal((1L, 1L), (survey.RowsAccepted, survey.FieldWarnings));
        Assert.Equal(("resolved_at", "out_of_range"), (survey.Warnings[0].Field, survey.Warnings[0].Code));
        Assert.Null(Assert.Single(await TestWorkspace.ReadAllAsync<SurveyResponseRecord>(survey)).ResolvedAt);
        // A birth date has no date key: an old one is kept as it is.
        Assert.Equal((1L, 0L), (customers.RowsAccepted, customers.FieldWarnings));
        Assert.Equal(new DateOnly(1899, 12, 31), Assert.Single(await TestWorkspace.ReadAllAsync<CustomerRecord>(customers)).BirthDate);
    }
}
