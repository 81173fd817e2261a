using System.Globalization;
using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Snapshot;

public sealed partial class SnapshotDeriver
{
    /// <summary>
    /// One fit per rebuilt month, each on the purchases up to that month's end, so a month's CLV
    /// and P(alive) never use later data (a month rebuilt later gets the same numbers it had when
    /// it was current: the fit is deterministic and the identical stored fit is reused). A model the
    /// month cannot fit validly keeps the previous month's pricing parameters (the last valid ones).
    /// </summary>
    private async Task<Dictionary<int, StoredFit?>> FitMonthsAsync(SqlCommands sql, int from, int to, DateTime now, CancellationToken ct)
    {
        var fits = new Dictionary<int, StoredFit?>();
        var previousMonthEnd = YearMonth.MonthEnd(from).AddDays(-YearMonth.MonthEnd(from).Day);
        var previous = await LatestJudgedFitAsync(sql, YearMonth.DateKey(previousMonthEnd), ct);
        foreach (int month in YearMonth.Range(from, to))
        {
            var fit = await FitAsync(sql, YearMonth.DateKey(YearMonth.MonthEnd(month)), previous, now, ct);
            fits[month] = fit;
            previous = fit ?? previous;
        }

        return fits;
    }

    /// <summary>
    /// Fits BG/NBD + Gamma-Gamma on every identified customer's purchase days up to a month end and stores the
    /// verdict (one fact.ModelFit row: FitStatus, FitNote, FallbackModelFitKey) with the pricing parameters r, alpha,
    /// a, b, p, q, gamma, a flagged model's own estimates as rejected_*, the two log-likelihoods and the time unit in
    /// fact.ModelFitParameter. An identical earlier row for the same window is reused, so re-runs write the same rows.
    /// Never throws for data the models cannot fit. Null when no customer has bought yet.
    /// </summary>
    private async Task<StoredFit?> FitAsync(SqlCommands sql, int endDateKey, StoredFit? previous, DateTime now, CancellationToken ct)
    {
        var (summaries, firstDateKey) = await ReadSummariesAsync(sql, endDateKey, ct);
        if (summaries.Count == 0)
        {
            return null;
        }

        int repeatBuyers = summaries.Count(s => s.Frequency > 0);
        ClvFitAttempt attempt;
        if (repeatBuyers < _options.MinimumRepeatBuyersForFit)
        {
            string reason = string.Create(CultureInfo.InvariantCulture, $"{repeatBuyers} repeat buyers, fewer than Snapshot:MinimumRepeatBuyersForFit = {_options.MinimumRepeatBuyersForFit}");
            attempt = new ClvFitAttempt(null, null, "BG/NBD: " + reason, "Gamma-Gamma: " + reason, summaries.Count, repeatBuyers, _timeUnit, _time.GetUtcNow());
        }
        else
        {
            attempt = _fitter.Fit(summaries);
        }

        var verdict = FitRecord.Judge(attempt, previous);
        if (verdict.Note is { } note)
        {
            LogFitFlagged(YearMonth.FromDateKey(endDateKey).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), verdict.Status, note);
        }

        var parameters = verdict.Parameters;
        var existing = await FindIdenticalFitAsync(sql, endDateKey, attempt.CustomerCount, verdict, ct);
        if (existing is { } key)
        {
            return new StoredFit(key, verdict.Model, verdict.Status, endDateKey);
        }

        await sql.ExecuteAsync(SnapshotSql.InsertFit, ct,
            ("modelName", SnapshotSql.ModelName),
            ("fitAt", now),
            ("fitDateKey", YearMonth.DateKey(DateOnly.FromDateTime(now))),
            ("startDateKey", firstDateKey),
            ("endDateKey", endDateKey),
            ("customers", attempt.CustomerCount),
            ("logLikelihood", verdict.LogLikelihood),
            ("converged", attempt.Converged),
            ("status", verdict.Status.ToString()),
            ("note", verdict.Note),
            ("fallbackKey", verdict.FallbackKey));
        int newKey = ToInt(await sql.ScalarAsync(SnapshotSql.LastFitKey, ct, ("modelName", SnapshotSql.ModelName)))!.Value;
        foreach (var (name, value) in parameters)
        {
            await sql.ExecuteAsync(SnapshotSql.InsertFitParameter, ct, ("key", newKey), ("name", name), ("value", value));
        }

        return new StoredFit(newKey, verdict.Model, verdict.Status, endDateKey);
    }

    /// <summary>
    /// Fits both models on every identified customer's purchase days up to <paramref name="asOf"/> (inclusive), exactly
    /// as the derive would for a month ending that day, and stores nothing: for comparing with a published calibration
    /// period or checking a month's fit. Null when nobody has bought by then.
    /// </summary>
    public Task<ClvFitAttempt?> FitAsOfAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        _engine.RunInTransactionAsync<ClvFitAttempt?>(async (connection, transaction, ct) =>
        {
            // The same purchase days a derive reads (stage.CustomerEvent), filled for this day and emptied before the commit.
            var sql = new SqlCommands(_engine, connection, transaction);
            int endDateKey = YearMonth.DateKey(asOf);
            await sql.ExecuteAsync(SnapshotSql.ClearEvents, ct);
            await sql.ExecuteAsync(SnapshotSql.FillEvents, ct, ("endDateKey", endDateKey));
            var (summaries, _) = await ReadSummariesAsync(sql, endDateKey, ct);
            await sql.ExecuteAsync(SnapshotSql.ClearEvents, ct);
            return summaries.Count == 0 ? null : _fitter.Fit(summaries);
        }, cancellationToken);

    /// <summary>
    /// Every identified customer's summary from the purchase days up to @endDateKey (days worth £0 or less count as
    /// purchases for BG/NBD, not as spend), and the first purchase date key; read from stage.CustomerEvent, which the
    /// caller has filled (<see cref="SnapshotSql.FillEvents"/>) up to that day or later.
    /// </summary>
    internal async Task<(List<CustomerSummary> Summaries, int FirstDateKey)> ReadSummariesAsync(SqlCommands sql, int endDateKey, CancellationToken ct)
    {
        var observationEnd = YearMonth.FromDateKey(endDateKey);
        var customerIndex = 0L;
        string? current = null;
        var purchases = new List<CustomerPurchase>();
        int firstDateKey = int.MaxValue;
        await using (var reader = await sql.ReaderAsync(SnapshotSql.PurchaseDays, ct, ("endDateKey", endDateKey)))
        {
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                if (id != current)
                {
                    current = id;
                    customerIndex++;
                }

                int dateKey = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                decimal value = Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture);
                firstDateKey = Math.Min(firstDateKey, dateKey);
                purchases.Add(new CustomerPurchase(customerIndex, YearMonth.FromDateKey(dateKey), value));
            }
        }

        return (CustomerSummarizer.Summarize(purchases, observationEnd, _timeUnit).ToList(), firstDateKey);
    }

    /// <summary>The latest fit of the window ending @endDateKey that the current fitter judged, as the fallback for the next month.</summary>
    private async Task<StoredFit?> LatestJudgedFitAsync(SqlCommands sql, int endDateKey, CancellationToken ct)
    {
        if (ToInt(await sql.ScalarAsync(SnapshotSql.LatestJudgedFitKey, ct, ("modelName", SnapshotSql.ModelName), ("endDateKey", endDateKey))) is not { } key)
        {
            return null;
        }

        var stored = (await ReadAllAsync(sql.ReaderAsync(SnapshotSql.FitParameters, ct, ("key", key)), r => (Name: r.GetString(0), Value: r.GetDouble(1)), ct)).ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
        return new StoredFit(key, FitRecord.ModelFrom(stored, _timeUnit), FitRecordStatus.Fitted, endDateKey);
    }

    private static async Task<int?> FindIdenticalFitAsync(SqlCommands sql, int endDateKey, int customers, FitRecord verdict, CancellationToken ct)
    {
        var rows = await ReadAllAsync(sql.ReaderAsync(SnapshotSql.FindFit, ct, ("modelName", SnapshotSql.ModelName), ("endDateKey", endDateKey), ("customers", customers)), r => (
            Key: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
            Name: r.IsDBNull(1) ? null : r.GetString(1),
            Value: r.IsDBNull(2) ? 0 : r.GetDouble(2),
            Status: r.IsDBNull(3) ? null : r.GetString(3),
            Note: r.IsDBNull(4) ? null : r.GetString(4),
            Fallback: r.IsDBNull(5) ? (int?)null : Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture)), ct);
        foreach (var group in rows.GroupBy(r => r.Key).OrderByDescending(g => g.Key))
        {
            var first = group.First();
            var stored = group.Where(r => r.Name is not null).ToDictionary(r => r.Name!, r => r.Value, StringComparer.Ordinal);
            if (first.Status == verdict.Status.ToString() && first.Note == verdict.Note && first.Fallback == verdict.FallbackKey
                && stored.Count == verdict.Parameters.Count && verdict.Parameters.All(p => stored.TryGetValue(p.Name, out var v) && v.Equals(p.Value)))
            {
                return group.Key;
            }
        }

        return null;
    }
}
