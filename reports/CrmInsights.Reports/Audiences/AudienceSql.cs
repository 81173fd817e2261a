using CrmInsights.Reports.Kpis;

namespace CrmInsights.Reports.Audiences;

/// <summary>
/// What <c>crm-insights export audience</c> sends: for one action list as of one report month, the customers an email tool
/// may contact (columns as the tool imports them), and how many of the list were left out and why. Every statement is
/// built here from constants (list views from the pack's own <see cref="MartKpiPackFactory.ActionViews"/>, column names
/// from <see cref="AudiencePreset"/>); the month is a parameter. <see cref="All"/> is the ScriptDom-parsed catalogue.
/// </summary>
/// <remarks>
/// Who may be contacted, per listed customer (on their current version: the latest consent and address win):
/// <list type="bullet">
/// <item>opted in: <c>MarketingOptIn</c> is true (false and unknown are left out: consent is never assumed);</item>
/// <item>has an email address;</item>
/// <item>not suppressed: no unsubscribe, spam report or hard bounce, ever, by the customer (any version) or to their address.</item>
/// </list>
/// A customer on a list more than once (two detractor answers) is exported once.
/// </remarks>
public static class AudienceSql
{
    /// <summary>The list names (<c>win-back</c>, ...) in the pack's order, each with its action-list view.</summary>
    public static IReadOnlyList<(string Name, string View)> Lists { get; } =
        [.. MartKpiPackFactory.ActionViews.Select(v => (Slug(v.Name), v.View))];

    /// <summary>Why a listed customer is left out (or <c>exported</c>), as <see cref="Counts"/> names them.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = ["exported", "not_opted_in", "no_email", "suppressed"];

    /// <summary>The customers of <paramref name="list"/> at <c>@month</c> (yyyymm) to export, in <paramref name="preset"/>'s columns, by customer id.</summary>
    /// <remarks>The next best offers list also carries what to offer (<see cref="AudiencePreset.OfferColumns"/>).</remarks>
    public static string Rows(string list, AudiencePreset preset)
    {
        bool offers = string.Equals(View(list), OffersView, StringComparison.Ordinal);
        var columns = offers ? [.. preset.Columns, .. preset.OfferColumns] : preset.Columns;
        return $"""
            {Classified(View(list))}
            SELECT {string.Join(", ", columns.Select(c => $"{c.Source} AS {Quote(c.Header)}"))}
            FROM Classified AS a
            {(offers ? OffersJoin : "")}
            WHERE a.Outcome = 'exported'
            ORDER BY a.CustomerId;
            """;
    }

    /// <summary>How many of a customer's offers the next best offers list exports (the action list's best, second and third).</summary>
    public const int OffersExported = 3;

    /// <summary>The action list whose export carries the offers.</summary>
    public const string OffersView = "mart.ActionNextBestOffer";

    // The month's offers per customer, one row each (conditional aggregation), from the materialised offers: the columns
    // Offer1Item, Offer1Name … for the OffersExported ranks that AudiencePreset.OfferColumns reads.
    private static readonly string OffersJoin = $"""
        LEFT JOIN (
                SELECT
                    o.CustomerId,
                    {string.Join(Environment.NewLine + "                    ", Enumerable.Range(1, OffersExported).Select(n =>
                        $"MAX(CASE WHEN o.OfferRank = {n} THEN o.OfferItem END) AS Offer{n}Item, MAX(CASE WHEN o.OfferRank = {n} THEN o.OfferName END) AS Offer{n}Name,"))}
                    MAX(CASE WHEN o.OfferRank = 1 THEN o.BecauseName END) AS BecauseName
                FROM mart.NextBestOffer AS o
                WHERE o.YearMonthKey = @month
                GROUP BY o.CustomerId
            ) AS x ON x.CustomerId = a.CustomerId
        """;

    /// <summary>How many customers of <paramref name="list"/> at <c>@month</c> had each outcome (<see cref="Outcomes"/>).</summary>
    public static string Counts(string list) => $"""
        {Classified(View(list))}
        SELECT a.Outcome, COUNT(*) AS Customers
        FROM Classified AS a
        GROUP BY a.Outcome;
        """;

    /// <summary>Whether the snapshot holds <c>@month</c> (its action lists exist only for derived months).</summary>
    public const string MonthDerived = "SELECT COUNT(*) FROM fact.CustomerMonth WHERE YearMonthKey = @month;";

    /// <summary>Every statement the verb can send (each list × preset, each list's counts, the month check).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Lists.SelectMany(l => AudiencePreset.All.Select(p => Rows(l.Name, p))),
        .. Lists.Select(l => Counts(l.Name)),
        MonthDerived,
    ];

    /// <summary>The view of a list name; null when there is no such list.</summary>
    public static string? ViewOf(string list) =>
        Lists.FirstOrDefault(l => string.Equals(l.Name, list, StringComparison.OrdinalIgnoreCase)).View;

    private static string View(string list) => ViewOf(list) ?? throw new ArgumentException($"No action list '{list}'.", nameof(list));

    // Consent and address from the current version; suppression by any version's key or by the address itself (an
    // unsubscribe recorded before the address reached a customer record still counts).
    private static string Classified(string view) => $"""
        WITH Listed AS (
            SELECT DISTINCT l.CustomerId
            FROM {view} AS l
            WHERE l.YearMonthKey = @month
        ),
        Classified AS (
            SELECT
                c.CustomerId, c.Email, c.FirstName, c.LastName,
                CASE WHEN c.MarketingOptIn IS NULL OR c.MarketingOptIn = 0 THEN 'not_opted_in'
                     WHEN c.EmailNormalized IS NULL THEN 'no_email'
                     WHEN EXISTS (SELECT 1 FROM fact.EmailEvent AS e
                                  LEFT JOIN dim.Customer AS v ON v.CustomerKey = e.CustomerKey AND e.CustomerKey <> -1
                                  WHERE (e.EventType IN ('unsubscribe', 'spamreport') OR (e.EventType = 'bounce' AND e.BounceType = 'hard'))
                                    AND (v.CustomerId = c.CustomerId OR e.EmailNormalized = c.EmailNormalized)) THEN 'suppressed'
                     ELSE 'exported' END AS Outcome
            FROM Listed AS l
            INNER JOIN dim.Customer AS c ON c.CustomerId = l.CustomerId AND c.IsCurrent = 1
        )
        """;

    private static string Quote(string header) => "\"" + header.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // "High-value customers at risk" -> "high-value-customers-at-risk": the list's pack title is its one name.
    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries));
}
