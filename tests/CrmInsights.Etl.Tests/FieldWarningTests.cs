using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

/// <summary>
/// An unreadable optional value: stored as NULL with a field-level warning and the row kept (default), or the row rejected
/// with the same reason when <c>InvalidOptionalValues</c> is <c>Reject</c> (source or entity); required fields always reject.
/// </summary>
public class FieldWarningTests
{
    private const string CustomerHeader = "customer_id,signup_date,updated_at,birth_date,marketing_opt_in";
    private const string SurveyHeader = "response_id,recorded_at,customer_id,email,touchpoint,nps,csat,ces,complaint";
    private const string DateReason =
        "birth_date '31/12/1980' is not a date in the configured format(s) M/d/yyyy or yyyy-MM-dd; set Etl:Sources:pos:Entities:customers:Fields:birth_date:Formats to the export's format (e.g. dd.MM.yyyy).";

    private static TestWorkspace WithBirthDateFormat(string? sourcePolicy = null, string? entityPolicy = null)
    {
        var ws = new TestWorkspace();
        ws.Options.Sources["pos"].InvalidOptionalValues = sourcePolicy;
        ws.Options.Sources["pos"].Entities["customers"] = new EntityMappingOptions
        {
            InvalidOptionalValues = entityPolicy,
            Fields = { ["birth_date"] = new FieldMappingOptions { Column = "birth_date", Formats = ["M/d/yyyy"] } },
        };
        return ws;
    }

    [Fact]
    public async Task Extract_BadOptionalBirthDate_Default_RowKeptBirthDateNullWarningNamesValueAndKey()
    {
        using var ws = WithBirthDateFormat();
        var row = "C1,2026-02-03,2026-05-01T10:00:00Z,31/12/1980,Y";

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", CustomerHeader + "\nC0,2026-02-03,2026-05-01T10:00:00Z,12/31/1980,N\n" + row + "\n");

        Assert.Equal((2L, 2L, 0L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.DuplicatesSkipped, batch.FieldWarnings));
        var customers = await TestWorkspace.ReadAllAsync<CustomerRecord>(batch);
        Assert.Equal([new DateOnly(1980, 12, 31), null], customers.Select(c => c.BirthDate));
        Assert.Equal([false, true], customers.Select(c => c.MarketingOptIn));
        var warning = Assert.Single(batch.Warnings);
        Assert.Equal((2L, "birth_date", "invalid_date", DateReason, row), (warning.RowNumber, warning.Field, warning.Code, warning.Message, warning.RawText));
        Assert.Empty(batch.Rejects);
        Assert.Null(batch.RejectsPath);

        // Written beside where the rejects go, in the rejects file's columns.
        Assert.Equal(Path.Combine(ws.Root, "rejects", "pos", "customers-2026-05-01.csv.warnings.csv"), batch.WarningsPath);
        var written = Assert.Single(await RejectsFile.ReadAsync(batch.WarningsPath!).ToListAsync());
        Assert.Equal((2L, "birth_date", "invalid_date", DateReason, row), (written.RowNumber, written.Field, written.Code, written.Message, written.RawText));
    }

    [Theory]
    [InlineData("Reject", null)]
    [InlineData("reject", null)]
    [InlineData(null, "Reject")]
    public async Task Extract_BadOptionalBirthDate_RejectSetting_RowRejectedWithTheSameReason(string? sourcePolicy, string? entityPolicy)
    {
        using var ws = WithBirthDateFormat(sourcePolicy, entityPolicy);

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", CustomerHeader + "\nC1,2026-02-03,2026-05-01T10:00:00Z,31/12/1980,Y\n");

        Assert.Equal((1L, 0L, 1L, 0L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        var reject = Assert.Single(batch.Rejects);
        Assert.Equal(("birth_date", "invalid_date", DateReason), (reject.Field, reject.Code, reject.Message));
        Assert.Null(batch.WarningsPath);
    }

    [Fact]
    public async Task Extract_EntityNullOverridesSourceReject_RowKept()
    {
        using var ws = WithBirthDateFormat("Reject", "Null");

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", CustomerHeader + "\nC1,2026-02-03,2026-05-01T10:00:00Z,n/a,Y\n");

        Assert.Equal((1L, 1L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        Assert.Null(Assert.Single(await TestWorkspace.ReadAllAsync<CustomerRecord>(batch)).BirthDate);
    }

    [Theory]
    [InlineData("pos", "customers", "customer_id,signup_date,updated_at,marketing_opt_in", "C1,2026-02-03,2026-05-01T10:00:00Z,maybe", "marketing_opt_in", "invalid_boolean",
        "marketing_opt_in 'maybe' is not a boolean (true/false, Y/N, yes/no, 1/0).", "MarketingOptIn")]
    [InlineData("pos", "products", "sku,name,unit_cost", "A,Apple,n/a", "unit_cost", "invalid_number", "unit_cost 'n/a' is not a number", "UnitCost")]
    [InlineData("pos", "products", "sku,name,unit_cost", "A,Apple,-2", "unit_cost", "out_of_range", "unit_cost -2 is outside at least 0.", "UnitCost")]
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,C1,,store,11,4,,", "nps", "out_of_range", "nps 11 is outside 0..10.", "Nps")]
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,C1,,store,,0,,", "csat", "out_of_range", "csat 0 is outside 1..5.", "Csat")]
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,C1,,store,,,8,", "ces", "out_of_range", "ces 8 is outside 1..7.", "Ces")]
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,C1,,kiosk,9,,,", "touchpoint", "invalid_code", "touchpoint 'kiosk' is not one of store|web|email|phone.", "Touchpoint")]
    [InlineData("survey", "responses", SurveyHeader, "R1,2026-05-01T10:00:00Z,C1,not-an-email,store,9,,,", "email", "invalid_email", "email 'not-an-email' is not an email address.", "Email")]
    public async Task Extract_BadOptionalValue_NulledWithWarning_OrRejectedWhenConfigured(
        string source, string entity, string header, string row, string field, string code, string reason, string property)
    {
        using (var ws = new TestWorkspace())
        {
            var batch = await ws.ExtractAsync(source, $"{entity}-2026-05-01.csv", header + "\n" + row + "\n");

            Assert.Equal((1L, 1L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
            var warning = Assert.Single(batch.Warnings);
            Assert.Equal((field, code), (warning.Field, warning.Code));
            Assert.StartsWith(reason, warning.Message, StringComparison.Ordinal);
            var landed = Assert.Single(await batch.ReadRecordsAsync().ToListAsync());
            Assert.Null(landed.GetType().GetProperty(property)!.GetValue(landed));
        }

        using (var ws = new TestWorkspace())
        {
            ws.Options.Sources[source].InvalidOptionalValues = InvalidValuePolicy.Reject;
            var batch = await ws.ExtractAsync(source, $"{entity}-2026-05-01.csv", header + "\n" + row + "\n");

            Assert.Equal((1L, 0L, 1L, 0L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
            var reject = Assert.Single(batch.Rejects);
            Assert.Equal((field, code), (reject.Field, reject.Code));
            Assert.StartsWith(reason, reject.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Extract_BadOptionalBounceTypeInJson_NulledWithWarning()
    {
        using var ws = new TestWorkspace();
        var line = """{"event_id":"e1","email":"a@x.com","timestamp":1777629600,"event":"bounce","bounce_type":"medium"}""";

        var batch = await ws.ExtractAsync("email", "events-2026-05-01.jsonl", line + "\n");

        Assert.Equal((1L, 1L, 0L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        Assert.Equal(("bounce_type", "invalid_code"), (batch.Warnings[0].Field, batch.Warnings[0].Code));
        Assert.Null(Assert.Single(await TestWorkspace.ReadAllAsync<EmailEventRecord>(batch)).BounceType);
    }

    [Fact]
    public async Task Extract_BadRequiredValue_StillRejectedUnderNull()
    {
        using var ws = new TestWorkspace();

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", CustomerHeader + "\nC1,31/12/2025,2026-05-01T10:00:00Z,1980-12-31,Y\n");

        Assert.Equal((1L, 0L, 1L, 0L), (batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.FieldWarnings));
        Assert.Equal(("signup_date", "invalid_date"), (batch.Rejects[0].Field, batch.Rejects[0].Code));
    }

    [Fact]
    public async Task Extract_WarnedRowThatIsADuplicate_NoWarningCounted()
    {
        using var ws = new TestWorkspace();
        var row = "C1,2026-02-03,2026-05-01T10:00:00Z,1980-12-31,maybe";

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", CustomerHeader + "\n" + row + "\n" + row + "\n");

        Assert.Equal((2L, 1L, 1L, 1L), (batch.RowsRead, batch.RowsAccepted, batch.DuplicatesSkipped, batch.FieldWarnings));
    }

    [Fact]
    public async Task Preview_BadOptionalBirthDate_ShowsTheRowReadAndTheFieldNulledWithItsReason()
    {
        using var ws = WithBirthDateFormat();
        var file = ws.Drop("pos", "customers-2026-05-01.csv", CustomerHeader + "\nC1,2026-02-03,2026-05-01T10:00:00Z,31/12/1980,Y\n");

        var preview = await MappingPreview.RunAsync(ws.Options, file.FullPath, null, null, 10);

        var row = Assert.Single(preview.Rows);
        Assert.Null(row.Reject);
        Assert.Contains(("customer_id", "C1"), row.Values!);
        Assert.Contains(("birth_date", (string?)null), row.Values!);
        var warning = Assert.Single(row.Warnings);
        Assert.Equal(("birth_date", "invalid_date", DateReason), (warning.Field, warning.Code, warning.Message));
    }

    [Theory]
    [InlineData("Drop")]
    [InlineData("")]
    public void Options_BadInvalidOptionalValues_NamedAtSourceAndEntity(string value)
    {
        var options = EtlOptions.CreateDefault();
        options.Sources["pos"].InvalidOptionalValues = value;
        options.Sources["pos"].Entities["customers"] = new EntityMappingOptions { InvalidOptionalValues = value };

        var failures = new EtlOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains($"Etl:Sources:pos:InvalidOptionalValues must be Null or Reject, was '{value}'.", failures);
        Assert.Contains($"Etl:Sources:pos:Entities:customers:InvalidOptionalValues must be Null or Reject, was '{value}'.", failures);
    }
}
