using System.Globalization;
using CrmInsights.Etl.Loading;
using CrmInsights.Host.Cli;

namespace CrmInsights.Host.Commands;

/// <summary>
/// The per-source part of <c>crm-insights status</c>: last batch, freshness, rows read/loaded/rejected, top reject reasons, and
/// the optional fields stored as NULL with a warning (rows loaded) with where their reasons are.
/// </summary>
internal static class EtlStatusView
{
    public static async Task PrintAsync(CliContext context, CancellationToken cancellationToken)
    {
        var sources = await context.Get<EtlStatus>().GetAsync(cancellationToken);
        Console.WriteLine("sources (from etl.Batch / etl.Reject, times UTC):");
        if (sources.Count == 0)
        {
            Console.WriteLine("  no batches loaded yet; run `crm-insights etl run`");
        }

        foreach (var s in sources)
        {
            var last = s.LastLoadedAtUtc is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "never";
            Console.WriteLine($"  {s.Source}: last loaded {last} ({(s.IsFresh ? "fresh" : "STALE")}); rows {s.RowsRead} read, {Loaded(s.RowsLoaded, s.RowsSuperseded)}, " +
                $"{s.RowsRejected} rejected, {s.RowsDuplicate} duplicates; {s.FailedBatches} failed batch(es)" +
                (s.FieldWarnings > 0 ? $"; {s.FieldWarnings} field warning(s): unreadable optional values stored as NULL, rows loaded (reasons in rejects/{s.Source}/*.warnings.csv)" : ""));
            foreach (var b in s.LastBatches)
            {
                Console.WriteLine($"    {b.Entity}: {b.Status} {b.FileName} ({b.RowsRead} read, {Loaded(b.RowsLoaded, b.RowsSuperseded)}, {b.RowsRejected} rejected{(b.FieldWarnings > 0 ? $", {b.FieldWarnings} field warning(s)" : "")}){(b.Error is { } e ? ": " + e : "")}");
            }

            if (s.TopRejectReasons.Count > 0)
            {
                Console.WriteLine("    top reject reasons: " + string.Join(", ", s.TopRejectReasons.Select(r => $"{r.Reason} {r.Count}")));
            }
        }
    }

    // Superseded rows were loaded, then replaced by a later file carrying the same keys (or a corrected file of the same name).
    private static string Loaded(long loaded, long superseded) =>
        superseded == 0 ? $"{loaded} loaded" : $"{loaded} loaded ({superseded} of them since superseded by later files)";
}
