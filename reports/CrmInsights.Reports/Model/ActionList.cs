namespace CrmInsights.Reports.Model;

/// <summary>A "who to call" list. Holds personal data: only recipients allowed personal data get it.</summary>
/// <param name="Name">List name, e.g. "Detractors without follow-up".</param>
/// <param name="Description">What the list is and what to do.</param>
/// <param name="Items">The customers, most urgent first.</param>
public sealed record ActionList(string Name, string Description, IReadOnlyList<ActionItem> Items);

/// <summary>One customer on an action list; every text field is source text.</summary>
/// <param name="CustomerId">Business key of the customer.</param>
/// <param name="CustomerName">Name as in the source.</param>
/// <param name="Email">Email address, if known.</param>
/// <param name="Phone">Phone number, if known.</param>
/// <param name="StoreId">Home store.</param>
/// <param name="Reason">Why the customer is on the list (e.g. "NPS 3 on 2025-03-12").</param>
/// <param name="Value">A money value that ranks the list (CLV, revenue), if any.</param>
/// <param name="Since">The date the reason arose, if any.</param>
public sealed record ActionItem(
    string CustomerId,
    string CustomerName,
    string? Email,
    string? Phone,
    string? StoreId,
    string Reason,
    decimal? Value,
    DateOnly? Since);
