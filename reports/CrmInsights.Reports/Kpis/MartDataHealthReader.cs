using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// Reads the data health the delivery gate and the Data quality sheet show: per source, the latest
/// successful load (mart.SourceHealth) against its freshness limit (<c>Reports:FreshnessLimitHours</c>),
/// the rows loaded in the month (mart.SourceMonthQuality) beside the rows that belong to the month by their
/// business date (mart.SourceDataMonthQuality), that month's top reject reasons (mart.RejectMonthSummary) and the
/// checks failing now (mart.CheckStatus, the latest result of each check over etl.CheckResult).
/// </summary>
public sealed class MartDataHealthReader(IWarehouseEngine engine, ReportsOptions options, TimeProvider timeProvider)
{
    private const int TopReasons = 3;

    /// <summary>The health now, with the rows of batches started in <paramref name="period"/> and the dates the data covers (mart.DataRange).</summary>
    public async Task<DataHealth> ReadAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(new MartQuery(engine, connection), period, cancellationToken);
    }

    internal async Task<DataHealth> ReadAsync(MartQuery query, ReportPeriod period, CancellationToken cancellationToken)
    {
        var sources = await query.RowsAsync(
            MartSql.SourceHealth,
            cancellationToken, ("month", MartKpiPackFactory.Key(period)));
        // The rows that belong to the month by their own business date, whenever they loaded (back-fills included).
        var byDataMonth = (await query.RowsAsync(
                MartSql.SourceDataMonth,
                cancellationToken, ("month", MartKpiPackFactory.Key(period))))
            .ToDictionary(r => r.Str("Source") ?? "", StringComparer.Ordinal);
        // The month's reject reasons: those of the batches that carried its rows (mart.RejectSummary is all-time).
        var reasons = (await query.RowsAsync(
                MartSql.RejectReasons,
                cancellationToken, ("month", MartKpiPackFactory.Key(period))))
            .GroupBy(r => r.Str("Source") ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Take(TopReasons).Select(r => new RejectReasonCount(
                $"{r.Str("Entity")}.{r.Str("FieldName")}: {r.Str("Reason")}", r.Long("Rejects"))).ToList(), StringComparer.Ordinal);
        var failing = await query.RowsAsync(
            MartSql.FailingChecks,
            cancellationToken);

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var names = sources.Select(s => s.Str("Source") ?? "").Concat(failing.Select(f => f.Str("Source") ?? "")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var result = new List<DataQualityRow>();
        foreach (var name in names)
        {
            var source = sources.FirstOrDefault(s => s.Str("Source") == name);
            var checks = failing.Where(f => f.Str("Source") == name).ToList();
            var errors = checks.Where(c => c.Str("Severity") == "Error").Select(c => c.Str("CheckName") ?? "").ToList();
            var warnings = checks.Where(c => c.Str("Severity") == "Warning").Select(c => c.Str("CheckName") ?? "").ToList();
            var lastSuccess = source?.Time("LastSucceededAtUtc");
            var limit = options.FreshnessLimitHours.TryGetValue(name, out var l) ? l : (decimal?)null;
            decimal hours = 0;
            if (source is not null && lastSuccess is null)
            {
                // Batches ran but none succeeded: there is no freshness to measure, and the gate must hold.
                errors.Add("no successful load yet");
            }
            else if (lastSuccess is { } at)
            {
                // Clock arithmetic, not a KPI: the views cannot know "now" (they stay reproducible from data alone).
                hours = Math.Round((decimal)(now - DateTime.SpecifyKind(at, DateTimeKind.Utc)).TotalHours, 1);
            }
            result.Add(new DataQualityRow(
                name,
                source?.Str("LastBatchId"),
                lastSuccess is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null,
                hours,
                // A source without a configured limit (checks not tied to a batch: 'warehouse') is never stale.
                limit ?? Math.Max(hours, 0),
                source?.Long("RowsRead") ?? 0,
                source?.Long("RowsLoaded") ?? 0,
                source?.Long("RowsRejected") ?? 0,
                reasons.GetValueOrDefault(name) ?? [],
                errors,
                warnings)
            {
                DataMonth = byDataMonth.GetValueOrDefault(name) is { } d
                    ? new DataMonthRows(d.Long("DataRows"), d.Int("Batches"), Utc(d.Time("FirstLoadedAtUtc")), Utc(d.Time("LastLoadedAtUtc")), d.Long("BatchRowsRead"), d.Long("BatchRowsRejected"))
                    : new DataMonthRows(0, 0, null, null, 0, 0),
            });
        }
        var range = (await query.RowsAsync(MartSql.DataRange, cancellationToken)).FirstOrDefault();
        return new DataHealth(result, new DataCoverage(DateFromKey(range?.Long("FirstDateKey")), DateFromKey(range?.Long("LastDateKey"))));
    }

    private static DateTimeOffset? Utc(DateTime? at) => at is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;

    private static DateOnly? DateFromKey(long? key) =>
        key is { } k and > 0 ? new DateOnly((int)(k / 10000), (int)(k / 100 % 100), (int)(k % 100)) : null;
}
