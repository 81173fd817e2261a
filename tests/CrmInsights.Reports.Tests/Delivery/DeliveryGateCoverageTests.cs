using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;

namespace CrmInsights.Reports.Tests.Delivery;

/// <summary>An empty or half-loaded month is held by the gate with a sentence that says why.</summary>
public sealed class DeliveryGateCoverageTests
{
    private static readonly ReportPeriod December = new(2025, 12);

    private static GateDecision Gate(DateOnly? first, DateOnly? last) =>
        DeliveryGate.Evaluate(new DataHealth(SamplePacks.HealthyDataQuality(), new DataCoverage(first, last)), December);

    [Fact]
    public void WholeMonthLoaded_Sends()
    {
        Assert.True(Gate(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)).CanSend);
    }

    [Fact]
    public void PartialMonth_IsHeld_NamingTheNewestDate()
    {
        var gate = Gate(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 14));
        Assert.Equal(["December 2025 is not complete: the newest data is from 2025-12-14, the month ends 2025-12-31 and no load has run since. The pack is built once the month's data is loaded."], gate.Causes);
    }

    [Fact]
    public void QuietLastDays_AfterALoadPastTheMonthEnd_Send()
    {
        var loadedInJanuary = SamplePacks.HealthyDataQuality().Select(s => s with { LastBatchAt = new DateTimeOffset(2026, 1, 2, 6, 0, 0, TimeSpan.Zero) }).ToList();
        var gate = DeliveryGate.Evaluate(new DataHealth(loadedInJanuary, new DataCoverage(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 29))), December);
        Assert.True(gate.CanSend, string.Join(" ", gate.Causes));
    }

    [Fact]
    public void MonthWithoutData_IsHeld_NamingTheRangeThereIs()
    {
        var gate = Gate(new DateOnly(2024, 1, 1), new DateOnly(2025, 11, 30));
        Assert.Equal(["No data in December 2025: the warehouse covers 2024-01-01 to 2025-11-30. Report a month in that range (--period yyyy-MM)."], gate.Causes);
    }

    [Fact]
    public void EmptyWarehouse_IsHeld()
    {
        Assert.StartsWith("The warehouse holds no sales, survey, web or e-mail data yet", Assert.Single(Gate(null, null).Causes), StringComparison.Ordinal);
    }

    [Fact]
    public void CoverageNotRead_DoesNotBlock()
    {
        Assert.True(DeliveryGate.Evaluate(new DataHealth(SamplePacks.HealthyDataQuality()), December).CanSend);
    }
}
