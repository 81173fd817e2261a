using System.Globalization;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Loading;

/// <summary>What <c>crm-insights status</c> shows: per source, last batch, freshness, row counts and top reject reasons.</summary>
public sealed class EtlStatus(IWarehouseEngine engine, IOptions<LoadingOptions> options, TimeProvider time)
{
    /// <summary>Reject reasons listed per source.</summary>
    public const int TopReasons = 3;

    /// <summary>Reads the status of every source that has batches.</summary>
    public async Task<IReadOnlyList<SourceStatus>> GetAsync(CancellationToken cancellationToken = default)
    {
        var last = new Dictionary<string, List<LastBatch>>(StringComparer.Ordinal);
        var totals = new Dictionary<string, (DateTime? Last, long Read, long Loaded, long Rejected, long Duplicate, long Failed, long Warnings, long Superseded)>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, List<(string, long)>>(StringComparer.Ordinal);
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var db = new LoadDb(engine, connection, null);
        await db.QueryAsync(StatusStatements.LastBatches, null, r =>
        {
            var source = r.GetString(0);
            if (!last.TryGetValue(source, out var list))
            {
                last[source] = list = [];
            }

            list.Add(new LastBatch(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), Time(r.GetValue(5)),
                Long(r.GetValue(6)), Long(r.GetValue(7)), Long(r.GetValue(12)), Long(r.GetValue(8)), Long(r.GetValue(9)), r.IsDBNull(10) ? null : r.GetString(10), Long(r.GetValue(11))));
        }, cancellationToken);
        await db.QueryAsync(StatusStatements.SourceTotals, null, r => totals[r.GetString(0)] =
            (Time(r.GetValue(1)), Long(r.GetValue(2)), Long(r.GetValue(3)), Long(r.GetValue(4)), Long(r.GetValue(5)), Long(r.GetValue(6)), Long(r.GetValue(7)), Long(r.GetValue(8))), cancellationToken);
        await db.QueryAsync(StatusStatements.RejectReasons, null, r =>
        {
            var source = r.GetString(0);
            if (!reasons.TryGetValue(source, out var list))
            {
                reasons[source] = list = [];
            }

            if (list.Count < TopReasons)
            {
                list.Add((r.GetString(1), Long(r.GetValue(2))));
            }
        }, cancellationToken);

        var freshSince = time.GetUtcNow().UtcDateTime.AddHours(-options.Value.FreshnessHours);
        return totals.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new SourceStatus(
            kv.Key, kv.Value.Last, kv.Value.Last is { } t && t >= freshSince, kv.Value.Read, kv.Value.Loaded, kv.Value.Superseded, kv.Value.Rejected, kv.Value.Duplicate,
            kv.Value.Failed, last.GetValueOrDefault(kv.Key) ?? [], reasons.GetValueOrDefault(kv.Key) ?? [], kv.Value.Warnings)).ToList();
    }

    private static long Long(object value) => value is DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static DateTime? Time(object value) => value is DBNull ? null : Convert.ToDateTime(value, CultureInfo.InvariantCulture);
}
