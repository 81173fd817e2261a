using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Running;
using Quartz;

namespace CrmInsights.Host.Tests;

/// <summary>Which slot a Quartz fire stands for: cron fires, misfires, one-shot triggers and recovery.</summary>
public sealed class ScheduledJobTests
{
    private static readonly CronClock Hourly = new("0 0 * * * ?", TimeZoneInfo.Utc);
    private static readonly DateTimeOffset Ten = new(2025, 6, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SlotOf_CronFireOnItsSlot_IsThatSlot() =>
        Assert.Equal((Ten, RunKind.Scheduled), ScheduledJob.SlotOf(false, new JobDataMap(), Ten, Hourly));

    [Fact]
    public void SlotOf_MisfireFiredLate_IsTheSlotItMissed() =>
        Assert.Equal((Ten, RunKind.Scheduled), ScheduledJob.SlotOf(false, new JobDataMap(), Ten.AddMinutes(42.5), Hourly));

    [Fact]
    public void SlotOf_OneShotTrigger_UsesItsSlotAndKind()
    {
        var data = new JobDataMap { [JobData.ScheduledFor] = Ten.ToString("O", CultureInfo.InvariantCulture), [JobData.RunKind] = RunKind.CatchUp };

        Assert.Equal((Ten, RunKind.CatchUp), ScheduledJob.SlotOf(false, data, Ten.AddHours(5), Hourly));
        Assert.Equal((Ten, RunKind.Recovery), ScheduledJob.SlotOf(true, data, Ten.AddHours(5), Hourly));
    }

    [Fact]
    public void SlotOf_RecoveredCronFire_UsesTheDeadFiringsScheduledTime()
    {
        // As Quartz writes it onto the recovery trigger: Convert.ToString(DateTimeOffset, InvariantCulture).
        var data = new JobDataMap { [SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = Convert.ToString(Ten, CultureInfo.InvariantCulture) };

        Assert.Equal((Ten, RunKind.Recovery), ScheduledJob.SlotOf(true, data, Ten.AddHours(3).AddSeconds(7), Hourly));
    }
}
