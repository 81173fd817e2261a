using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Tests.Clv;

public class CustomerSummarizerTests
{
    private static readonly DateOnly End = new(2024, 3, 31);

    [Fact]
    public void Summarize_SameDayOrdersMerged_RepeatMeanExcludesFirstDay()
    {
        CustomerPurchase[] purchases =
        [
            new(1, new DateOnly(2024, 1, 15), 20m),
            new(1, new DateOnly(2024, 1, 1), 10m),
            new(1, new DateOnly(2024, 1, 1), 5m),
            new(1, new DateOnly(2024, 2, 12), 30m),
            new(2, new DateOnly(2024, 3, 1), 99m),
        ];

        var summaries = CustomerSummarizer.Summarize(purchases, End, ModelTimeUnit.Weeks).ToList();

        // Customer 1: days Jan 1 (15), Jan 15 (20), Feb 12 (30): x = 2 repeat days,
        // t_x = 42 days = 6 weeks, T = 90 days (Jan 1 .. Mar 31) = 90/7 weeks, z̄ = (20 + 30)/2.
        Assert.Equal(new CustomerSummary(1, 2, 6.0, 90 / 7.0, 25.0), summaries[0]);
        // Customer 2: one purchase 30 days before the end.
        Assert.Equal(new CustomerSummary(2, 0, 0, 30 / 7.0, null), summaries[1]);
    }

    [Fact]
    public void Summarize_Days_UsesDayUnits()
    {
        var s = CustomerSummarizer.Summarize([new(5, new DateOnly(2024, 3, 1), 1m), new(5, new DateOnly(2024, 3, 11), 2m)], End, ModelTimeUnit.Days).Single();
        Assert.Equal(new CustomerSummary(5, 1, 10, 30, 2.0), s);
    }

    [Fact]
    public void Summarize_UnsortedCustomers_ThrowsNamingBoth()
    {
        CustomerPurchase[] purchases = [new(7, End, 1m), new(3, End, 1m)];
        var ex = Assert.Throws<InvalidDataException>(() => CustomerSummarizer.Summarize(purchases, End, ModelTimeUnit.Weeks).ToList());
        Assert.Contains("customer 3 came after 7", ex.Message);
    }

    [Fact]
    public void Summarize_OrderAfterObservationEnd_Throws()
    {
        var ex = Assert.Throws<InvalidDataException>(() => CustomerSummarizer.Summarize([new(7, End.AddDays(1), 1m)], End, ModelTimeUnit.Weeks).ToList());
        Assert.Contains("2024-04-01", ex.Message);
    }

    [Fact]
    public void Summarize_DaysWorthNothing_CountAsPurchasesNotAsSpend()
    {
        CustomerPurchase[] purchases =
        [
            new(7, new DateOnly(2024, 1, 1), 0m), new(7, new DateOnly(2024, 1, 8), 14m), new(7, new DateOnly(2024, 1, 15), -2m),
            new(8, new DateOnly(2024, 2, 1), 0m), new(8, new DateOnly(2024, 3, 1), 0m),
        ];

        var summaries = CustomerSummarizer.Summarize(purchases, End, ModelTimeUnit.Days).ToList();

        // Customer 7: x = 2 purchase days after the first, t_x = 14 days, spend averaged over the one day worth more than 0.
        Assert.Equal(new CustomerSummary(7, 2, 14, 90, 14.0, 1), summaries[0]);
        // Customer 8 never spent: a repeat buyer for BG/NBD, nothing for Gamma-Gamma.
        Assert.Equal(new CustomerSummary(8, 1, 29, 59, null, 0), summaries[1]);
    }

    [Fact]
    public void Summarize_Empty_YieldsNothing() =>
        Assert.Empty(CustomerSummarizer.Summarize([], End, ModelTimeUnit.Weeks));
}
