namespace CrmInsights.Demo.Tests;

public class DemoOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoErrors() => Assert.Empty(new DemoOptions().Validate());

    [Fact]
    public void Validate_SeveralBadValues_ListsEveryFailureWithKeyAndValue()
    {
        var o = new DemoOptions { Customers = 0, Months = 0, DirtyRate = 0.9, BusinessTimeZone = "Mars/Olympus" };
        o.GammaGamma.Q = 0.5;
        o.Email.HumanOpen = 1.5;
        var errors = o.Validate();
        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.Contains("Demo:Customers", StringComparison.Ordinal) && e.Contains("was 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Demo:BusinessTimeZone", StringComparison.Ordinal) && e.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Demo:GammaGamma:Q", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Demo:Email:HumanOpen", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_InvalidOptions_ThrowsWithAllErrors()
    {
        var e = Assert.Throws<ArgumentException>(() => DemoGenerator.Generate(new DemoOptions { Customers = -1, Months = 500 }));
        Assert.Contains("Demo:Customers", e.Message, StringComparison.Ordinal);
        Assert.Contains("Demo:Months", e.Message, StringComparison.Ordinal);
    }
}
