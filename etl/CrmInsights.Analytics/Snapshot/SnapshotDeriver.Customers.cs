using System.Data.Common;
using System.Globalization;
using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Engagement;
using CrmInsights.Analytics.Relationships;

namespace CrmInsights.Analytics.Snapshot;

public sealed partial class SnapshotDeriver
{
    private static readonly string[] ModelColumns =
    [
        "YearMonthKey", "CustomerId", "ScoreKind", "RelationshipStage", "PredictedClv12m", "ExpectedPurchases12m",
        "ProbabilityAlive", "EngagementScore", "ModelFitKey",
    ];

    /// <summary>
    /// Engagement score, relationship stage, P(alive), expected purchases and predictive CLV per
    /// customer and snapshot month, a chunk of customers at a time (the chunk's events are read,
    /// the reader closed, then the chunk's rows bulk loaded: one connection, no MARS needed).
    /// </summary>
    private async Task ScoreCustomersAsync(SqlCommands sql, int endDateKey, IReadOnlyDictionary<int, StoredFit?> fits, CancellationToken ct)
    {
        List<string> customers;
        customers = await ReadAllAsync(sql.ReaderAsync(SnapshotSql.DistinctCustomers, ct), r => r.GetString(0), ct);

        // Chunk bounds come from the database's own ordering, so the range filter agrees with it on every engine.
        for (int start = 0; start < customers.Count; start += _options.CustomersPerChunk)
        {
            int end = Math.Min(start + _options.CustomersPerChunk, customers.Count) - 1;
            var histories = await ReadHistoriesAsync(sql, customers[start], customers[end], ct);
            var rows = histories.SelectMany(h => Score(h, fits)).ToList();
            await sql.BulkLoadAsync("CustomerMonthScore", ModelColumns, rows, ct);
        }
    }

    private static async Task<List<CustomerHistory>> ReadHistoriesAsync(SqlCommands sql, string lo, string hi, CancellationToken ct)
    {
        var byId = new Dictionary<string, CustomerHistory>(StringComparer.Ordinal);
        await using var reader = await sql.ReaderAsync(SnapshotSql.CustomerEvents, ct, ("lo", lo), ("hi", hi));
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetString(0);
            if (!byId.TryGetValue(id, out var history))
            {
                byId[id] = history = new CustomerHistory(id);
            }

            int kind = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            var date = YearMonth.FromDateKey(Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
            switch (kind)
            {
                case 0:
                    history.Months.Add((Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture), date, Flag(reader) == 1));
                    break;
                case 1:
                    history.PurchaseDays.Add((date, Convert.ToDecimal(reader.GetValue(4), CultureInfo.InvariantCulture)));
                    break;
                case 2:
                    DateOnly? resolved = reader.IsDBNull(6) ? null : YearMonth.FromDateKey(Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture));
                    history.Responses.Add((date, Flag(reader) == 1, resolved));
                    break;
                case 3:
                    history.WebSessions.Add(date);
                    break;
                default:
                    history.EmailClicks.Add(date);
                    break;
            }
        }

        return [.. byId.Values.Where(h => h.Months.Count > 0)];
    }

    private static int Flag(DbDataReader reader) => Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture);

    private IEnumerable<object?[]> Score(CustomerHistory history, IReadOnlyDictionary<int, StoredFit?> fits)
    {
        foreach (var (month, asOf, optedIn) in history.Months)
        {
            var fit = fits[month];
            var engagement = _engagement.Score(
                new EngagementFacts(0, CustomerHistory.Latest(history.WebSessions, asOf), CustomerHistory.Latest(history.EmailClicks, asOf),
                    CustomerHistory.Latest([.. history.Responses.Select(r => r.Date)], asOf)),
                asOf);
            var orderDates = history.PurchaseDays.Where(p => p.Date <= asOf).Select(p => p.Date).ToList();
            var responses = history.Responses.Where(r => r.Date <= asOf).ToList();

            // A follow-up: a complaint resolved by the snapshot date, or a survey answered on or after a purchase day.
            int followUps = responses.Count(r =>
                (r.IsComplaint && r.Resolved is { } resolved && resolved <= asOf) || orderDates.Any(o => o <= r.Date));
            var stage = _stages.Evaluate(
                new CustomerRelationshipFacts(0, orderDates, [.. responses.Select(r => r.Date)], followUps, optedIn, engagement),
                asOf);

            // Every purchase day counts for P(alive) (BG/NBD needs no money), also one worth £0; CLV needs a spend model
            // and a customer who ever spent.
            CustomerClv? clv = null;
            if (fit?.Model is { } model)
            {
                var days = history.PurchaseDays.Where(p => p.Date <= asOf).ToList();
                var summary = CustomerSummarizer.Summarize(days.Select(p => new CustomerPurchase(1, p.Date, p.Value)), asOf, _timeUnit).FirstOrDefault();
                if (summary is not null)
                {
                    clv = _calculator.Predict(model, summary, hasSpend: days.Any(p => p.Value > 0));
                }
            }

            yield return
            [
                month, history.CustomerId, "model", stage.ToString(),
                clv?.Clv is { } value ? Round(value, 4) : null,
                clv is null ? null : Round(clv.ExpectedPurchases, 6),
                clv is null ? null : Round(clv.ProbabilityAlive, 6),
                Round(engagement, 2),
                clv is null ? null : fit!.Key,
            ];
        }
    }

    private static decimal Round(double value, int decimals) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
}
