using System.Globalization;
using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Snapshot;

public sealed partial class SnapshotDeriver
{
    /// <summary>
    /// One fit per rebuilt month, each on the purchases up to that month's end, so a month's CLV
    /// and P(alive) never use later data (a month rebuilt later gets the same numbers it had when
    /// it was current: the fit is deterministic and the identical stored fit is reused).
    /// </summary>
    private async Task<Dictionary<int, StoredFit?>> FitMonthsAsync(SqlCommands sql, int from, int to, DateTime now, CancellationToken ct)
    {
        var fits = new Dictionary<int, StoredFit?>();
        foreach (int month in YearMonth.Range(from, to))
        {
            fits[month] = await FitAsync(sql, YearMonth.DateKey(YearMonth.MonthEnd(month)), now, ct);
        }

        return fits;
    }

    /// <summary>
    /// Fits BG/NBD + Gamma-Gamma on every identified customer's purchase days up to a month end and stores the fit (one fact.ModelFit row, parameters r, alpha, a, b, p,
    /// q, gamma plus the two log-likelihoods and the time unit in fact.ModelFitParameter). An
    /// identical earlier fit on the same window is reused, so re-runs write the same rows.
    /// </summary>
    private async Task<StoredFit?> FitAsync(SqlCommands sql, int endDateKey, DateTime now, CancellationToken ct)
    {
        var observationEnd = YearMonth.FromDateKey(endDateKey);
        var customerIndex = 0L;
        string? current = null;
        var purchases = new List<CustomerPurchase>();
        int firstDateKey = int.MaxValue;
        await using (var command = sql.Create(SnapshotSql.PurchaseDays, ("endDateKey", endDateKey)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
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

                // Gamma-Gamma needs positive spend; a purchase day netted to zero or less by
                // discounts carries no spend information.
                if (value > 0)
                {
                    purchases.Add(new CustomerPurchase(customerIndex, YearMonth.FromDateKey(dateKey), value));
                }
            }
        }

        var summaries = CustomerSummarizer.Summarize(purchases, observationEnd, _timeUnit).ToList();
        purchases.Clear();
        int repeatBuyers = summaries.Count(s => s.Frequency > 0);
        if (repeatBuyers < _options.MinimumRepeatBuyersForFit)
        {
            LogNoFit(string.Create(CultureInfo.InvariantCulture, $"{repeatBuyers} repeat buyers, fewer than Snapshot:MinimumRepeatBuyersForFit = {_options.MinimumRepeatBuyersForFit}"));
            return null;
        }

        ClvModelFit fit;
        try
        {
            fit = _fitter.Fit(summaries);
        }
        catch (ArgumentException ex)
        {
            LogNoFit(ex.Message);
            return null;
        }

        var parameters = Parameters(fit);
        var existing = await FindIdenticalFitAsync(sql, endDateKey, fit.CustomerCount, parameters, ct);
        if (existing is { } key)
        {
            return new StoredFit(key, fit);
        }

        await sql.ExecuteAsync(SnapshotSql.InsertFit, ct,
            ("modelName", SnapshotSql.ModelName),
            ("fitAt", now),
            ("fitDateKey", YearMonth.DateKey(DateOnly.FromDateTime(now))),
            ("startDateKey", firstDateKey),
            ("endDateKey", endDateKey),
            ("customers", fit.CustomerCount),
            ("logLikelihood", fit.BgNbdLogLikelihood + fit.GammaGammaLogLikelihood),
            ("converged", fit.Converged));
        int newKey = ToInt(await sql.ScalarAsync(SnapshotSql.LastFitKey, ct, ("modelName", SnapshotSql.ModelName)))!.Value;
        foreach (var (name, value) in parameters)
        {
            await sql.ExecuteAsync(SnapshotSql.InsertFitParameter, ct, ("key", newKey), ("name", name), ("value", value));
        }

        return new StoredFit(newKey, fit);
    }

    /// <summary>The parameters stored for a fit, by name.</summary>
    internal static IReadOnlyList<(string Name, double Value)> Parameters(ClvModelFit fit) =>
    [
        ("r", fit.R), ("alpha", fit.Alpha), ("a", fit.A), ("b", fit.B),
        ("p", fit.P), ("q", fit.Q), ("gamma", fit.Gamma),
        ("bgnbd_loglik", fit.BgNbdLogLikelihood), ("gamma_gamma_loglik", fit.GammaGammaLogLikelihood),
        ("repeat_customers", fit.RepeatCustomerCount), ("time_unit_days", (int)fit.TimeUnit),
    ];

    private static async Task<int?> FindIdenticalFitAsync(SqlCommands sql, int endDateKey, int customers, IReadOnlyList<(string Name, double Value)> parameters, CancellationToken ct)
    {
        await using var command = sql.Create(SnapshotSql.FindFit, ("modelName", SnapshotSql.ModelName), ("endDateKey", endDateKey), ("customers", customers));
        var rows = await ReadAllAsync(command, r => (Key: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Name: r.GetString(1), Value: r.GetDouble(2)), ct);
        foreach (var group in rows.GroupBy(r => r.Key).OrderByDescending(g => g.Key))
        {
            var stored = group.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
            if (parameters.All(p => stored.TryGetValue(p.Name, out var v) && v.Equals(p.Value)) && stored.Count == parameters.Count)
            {
                return group.Key;
            }
        }

        return null;
    }
}
