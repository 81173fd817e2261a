using CrmInsights.Reports.Model;

namespace CrmInsights.Host.Reporting;

/// <summary>Which month a scheduled report run covers.</summary>
internal static class ReportPeriods
{
    /// <summary>The previous complete month at <paramref name="scheduledFor"/> in the schedule's time zone.</summary>
    public static ReportPeriod PreviousCompleteMonth(DateTimeOffset scheduledFor, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(scheduledFor, timeZone);
        return ReportPeriod.FromDate(DateOnly.FromDateTime(local.DateTime)).Previous;
    }
}
