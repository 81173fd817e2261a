using CrmInsights.Analytics.Clv;
using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Tests.Clv;

public class ClvCalculatorTests
{
    private static readonly ClvModelFit Model = new(
        new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752), new GammaGammaParameters(6.25, 3.74, 15.44), ModelTimeUnit.Weeks);

    private static readonly CustomerSummary Customer = new(1, 2, 30.43, 38.86, 22.35);

    [Fact]
    public void Predict_ThreeMonths_SumsDiscountedMonthlyIncrements()
    {
        var calculator = new ClvCalculator(new ClvOptions { HorizonMonths = 3, AnnualDiscountRate = 0.10, MarginRate = 0.3 });

        var clv = calculator.Predict(Model, Customer);

        var bg = new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752);
        double month = 365.2425 / 12 / 7; // weeks
        double e1 = bg.ConditionalExpectedPurchases(month, 2, 30.43, 38.86);
        double e2 = bg.ConditionalExpectedPurchases(2 * month, 2, 30.43, 38.86);
        double e3 = bg.ConditionalExpectedPurchases(3 * month, 2, 30.43, 38.86);
        double spend = (15.44 + (2 * 22.35)) * 6.25 / ((6.25 * 2) + 3.74 - 1);
        double v = Math.Pow(1.10, -1.0 / 12); // one month's discount factor at 10% a year
        double expected = ((e1 * v) + ((e2 - e1) * v * v) + ((e3 - e2) * v * v * v)) * spend * 0.3;

        Assert.Equal(expected, clv.Clv!.Value, 1e-10);
        Assert.Equal(e3, clv.ExpectedPurchases, 1e-12);
        Assert.Equal(spend, clv.ExpectedAverageSpend!.Value, 1e-12);
        Assert.Equal(bg.ProbabilityAlive(2, 30.43, 38.86), clv.ProbabilityAlive, 1e-12);
    }

    [Fact]
    public void Predict_NoDiscountNoMargin_IsPurchasesTimesSpend()
    {
        var calculator = new ClvCalculator(Options.Create(new ClvOptions { AnnualDiscountRate = 0 }));
        var clv = calculator.Predict(Model, Customer);
        Assert.Equal(clv.ExpectedPurchases * clv.ExpectedAverageSpend!.Value, clv.Clv!.Value, 1e-9);
    }

    [Fact]
    public void Predict_MarginOverride_ScalesLinearly()
    {
        var calculator = new ClvCalculator(new ClvOptions());
        double revenue = calculator.Predict(Model, Customer).Clv!.Value;
        Assert.Equal(revenue * 0.25, calculator.Predict(Model, Customer, 0.25).Clv!.Value, 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.Predict(Model, Customer, 1.5));
    }

    [Fact]
    public void Predict_DaysModel_SameAnswerAsWeeksModel()
    {
        // α scales with the time unit; everything else is unit-free, so the CLV must not change.
        var days = Model with { BgNbd = new BgNbdParameters(Model.BgNbd.R, Model.BgNbd.Alpha * 7, Model.BgNbd.A, Model.BgNbd.B), TimeUnit = ModelTimeUnit.Days };
        var customerDays = Customer with { Recency = Customer.Recency * 7, Age = Customer.Age * 7 };
        var calculator = new ClvCalculator(new ClvOptions());
        Assert.Equal(calculator.Predict(Model, Customer).Clv!.Value, calculator.Predict(days, customerDays).Clv!.Value, 1e-9);
    }

    [Fact]
    public void PredictAll_CdnowBase_AllFiniteAndOrdered()
    {
        var calculator = new ClvCalculator(new ClvOptions());
        var all = calculator.PredictAll(Model, CdnowData.WithTransactions).ToList();
        Assert.Equal(2357, all.Count);
        Assert.All(all, c => Assert.True(c.Clv is { } v && double.IsFinite(v) && v >= 0 && c.ProbabilityAlive is >= 0 and <= 1));
    }

    [Fact]
    public void Predict_NoSpendModelOrNoSpend_PAliveWithoutClv()
    {
        var calculator = new ClvCalculator(new ClvOptions());
        var withSpend = calculator.Predict(Model, Customer);
        var noModel = calculator.Predict(Model with { GammaGamma = null }, Customer);
        var neverSpent = calculator.Predict(Model, Customer with { MeanRepeatValue = null, MonetaryFrequency = 0 }, hasSpend: false);
        Assert.Null(noModel.Clv);
        Assert.Null(neverSpent.Clv);
        Assert.Null(neverSpent.ExpectedAverageSpend);
        Assert.Equal(withSpend.ProbabilityAlive, noModel.ProbabilityAlive);
        Assert.Equal(withSpend.ProbabilityAlive, neverSpent.ProbabilityAlive);
        Assert.Equal(withSpend.ExpectedPurchases, neverSpent.ExpectedPurchases);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryFailure()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new ClvCalculator(new ClvOptions
        {
            AnnualDiscountRate = -0.1, HorizonMonths = 0, MarginRate = 2, TimeUnit = (ModelTimeUnit)3, MaxIterations = 5,
        }));
        Assert.Equal(5, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("Clv:AnnualDiscountRate") && f.Contains("-0.1"));
        Assert.Contains(ex.Failures, f => f.Contains("Clv:HorizonMonths") && f.Contains("was 0"));
        Assert.Contains(ex.Failures, f => f.Contains("Clv:MarginRate") && f.Contains("was 2"));
        Assert.Contains(ex.Failures, f => f.Contains("Clv:TimeUnit"));
        Assert.Contains(ex.Failures, f => f.Contains("Clv:MaxIterations") && f.Contains("was 5"));
    }
}
