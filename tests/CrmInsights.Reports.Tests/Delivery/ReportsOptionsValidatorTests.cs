using CrmInsights.Reports.Delivery;

namespace CrmInsights.Reports.Tests.Delivery;

public sealed class ReportsOptionsValidatorTests
{
    [Fact]
    public void Validate_BadDefinition_ListsEveryFailureWithKeyAndValue()
    {
        var options = new ReportsOptions
        {
            RemovedCurrencyKey = "POUNDS",
            Definitions =
            [
                new()
                {
                    Name = "Monthly", Period = "Weekly", Owner = "not-an-email",
                    Recipients = [new() { Email = "a@example.com", Store = "S1", Region = "North" }, new() { Email = "a@example.com" }],
                    Alerts = [new() { Kpi = "nps" }],
                    Scorecard = ["nps", "no_such_kpi"],
                    Targets = new() { ["nps"] = new() { Value = 40, ChangeVsLastYear = 5 }, ["csat"] = new() },
                },
            ],
        };
        var result = new ReportsOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains("Reports:Definitions:0:Period must be Monthly, was 'Weekly'.", failures);
        Assert.Contains("Reports:Definitions:0:Owner must be an email address, was 'not-an-email'.", failures);
        Assert.Contains("Reports:Definitions:0:Recipients:0: set Store or Region, not both (Store 'S1', Region 'North').", failures);
        Assert.Contains("Reports:Definitions:0:Recipients:1:Email 'a@example.com' is listed twice in report 'Monthly'.", failures);
        Assert.Contains("Reports:Definitions:0:Alerts:0 needs Below or Above (KPI 'nps').", failures);
        Assert.Contains("Reports:Currency is no longer read, was 'POUNDS': the one currency setting is Warehouse:Currency (now 'GBP'); remove Reports:Currency.", failures);
        Assert.Contains(failures, f => f.StartsWith("Reports:Definitions:0:Scorecard names unknown KPI 'no_such_kpi'; known: ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reports:Definitions:0:Targets:nps must set exactly one of Value, ChangeVsLastYear or GrowthVsLastYear", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reports:Definitions:0:Targets:csat must set exactly one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MinimumSampleBelowOne_NamesTheKey()
    {
        var options = new ReportsOptions();
        options.MinimumSamples.Answers = 0;
        var result = new ReportsOptionsValidator().Validate(null, options);
        Assert.Contains("Reports:MinimumSamples:Answers must be at least 1, was 0.", result.Failures!);
    }

    [Fact]
    public void Validate_SmtpUserWithoutPasswordVariable_NamesTheVariable()
    {
        var result = new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = "smtp.example.com", User = "bot", PasswordVariable = "CRMI_TEST_UNSET_PASSWORD", Port = 0 });
        Assert.Contains("Smtp:Port must be 1..65535, was 0.", result.Failures!);
        Assert.Contains(result.Failures!, f => f.Contains("CRMI_TEST_UNSET_PASSWORD", StringComparison.Ordinal));
    }
}
