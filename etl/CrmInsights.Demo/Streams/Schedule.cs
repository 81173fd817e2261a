namespace CrmInsights.Demo.Streams;

/// <summary>
/// A calendar queue: per day, the ids of customers with something due that day. Each
/// customer has at most one pending entry per queue, so the queue holds at most N ids in
/// total however long the period is; a day's list is released once processed.
/// </summary>
internal sealed class Schedule
{
    private readonly List<int>?[] _days;

    public Schedule(int days) => _days = new List<int>?[days];

    public int Days => _days.Length;

    public void Add(int day, int customer)
    {
        if ((uint)day >= (uint)_days.Length)
        {
            return;
        }

        (_days[day] ??= []).Add(customer);
    }

    /// <summary>The list due on a day (items may be appended while it is walked).</summary>
    public List<int>? Due(int day) => _days[day];

    public void Release(int day) => _days[day] = null;
}
