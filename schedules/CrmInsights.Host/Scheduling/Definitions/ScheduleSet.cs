namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>The validated schedules of this service and the business-day holidays they share.</summary>
public sealed class ScheduleSet
{
    private readonly Dictionary<string, ScheduleDefinition> _byName;

    public ScheduleSet(IReadOnlyList<ScheduleDefinition> schedules, IReadOnlySet<DateOnly> holidays)
    {
        All = schedules;
        Holidays = holidays;
        _byName = schedules.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ScheduleDefinition> All { get; }
    public IEnumerable<ScheduleDefinition> Enabled => All.Where(s => s.Enabled);
    public IReadOnlySet<DateOnly> Holidays { get; }

    public ScheduleDefinition Get(string name) =>
        _byName.TryGetValue(name, out var schedule) ? schedule : throw new KeyNotFoundException($"No schedule named '{name}'.");

    /// <summary>The fire-time calculator of <paramref name="schedule"/>.</summary>
    public ScheduleClock ClockOf(ScheduleDefinition schedule) => ScheduleClock.For(schedule, Holidays);
}
