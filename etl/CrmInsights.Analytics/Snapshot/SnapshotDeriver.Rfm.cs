using System.Globalization;
using CrmInsights.Analytics.Rfm;

namespace CrmInsights.Analytics.Snapshot;

public sealed partial class SnapshotDeriver
{
    private static readonly string[] RfmColumns = ["YearMonthKey", "CustomerId", "ScoreKind", "RScore", "FScore", "MScore", "RfmSegment"];

    /// <summary>
    /// Scores R, F and M by quintile per month end over the customers with a purchase to date
    /// (recency = days since the latest purchase, frequency = purchase orders to date, monetary =
    /// net revenue per order to date, floored at 0), one month in memory at a time.
    /// </summary>
    private async Task ScoreRfmAsync(SqlCommands sql, int from, int to, CancellationToken ct)
    {
        foreach (int month in YearMonth.Range(from, to))
        {
            long index = 0;
            List<(string Id, RfmInput Input)> inputs = await ReadAllAsync(sql.ReaderAsync(SnapshotSql.RfmInputs, ct, ("month", month)), r =>
            {
                index++;
                var monetary = Convert.ToDecimal(r.GetValue(3), CultureInfo.InvariantCulture);
                return (r.GetString(0), new RfmInput(
                    index,
                    Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
                    Math.Max(0m, monetary)));
            }, ct);

            if (inputs.Count == 0)
            {
                continue;
            }

            // The scorer orders by key; keys are the read positions, so index - 1 finds the id.
            var scores = _rfm.Score(inputs.Select(i => i.Input));
            var rows = scores.Select(s => new object?[]
            {
                month, inputs[(int)s.CustomerKey - 1].Id, "rfm", (byte)s.R, (byte)s.F, (byte)s.M, s.Segment,
            });
            await sql.BulkLoadAsync("CustomerMonthScore", RfmColumns, rows, ct);
        }
    }
}
