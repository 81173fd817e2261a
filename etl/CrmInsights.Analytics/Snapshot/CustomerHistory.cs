namespace CrmInsights.Analytics.Snapshot;

/// <summary>One customer's events as the per-customer models read them (dates are business dates).</summary>
internal sealed class CustomerHistory(string customerId)
{
    public string CustomerId { get; } = customerId;

    /// <summary>Snapshot months to score: month key, month end, opted in at month end.</summary>
    public List<(int Month, DateOnly MonthEnd, bool OptedIn)> Months { get; } = [];

    /// <summary>Purchase days with the net revenue of that day's purchase orders.</summary>
    public List<(DateOnly Date, decimal Value)> PurchaseDays { get; } = [];

    /// <summary>Survey responses: date, complaint flag, resolution date.</summary>
    public List<(DateOnly Date, bool IsComplaint, DateOnly? Resolved)> Responses { get; } = [];

    public List<DateOnly> WebSessions { get; } = [];

    public List<DateOnly> EmailClicks { get; } = [];

    public static DateOnly? Latest(List<DateOnly> dates, DateOnly asOf)
    {
        DateOnly? latest = null;
        foreach (var d in dates)
        {
            if (d <= asOf && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        return latest;
    }
}
