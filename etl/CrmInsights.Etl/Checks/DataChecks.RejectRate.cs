using System.Globalization;
using CrmInsights.Etl.Loading;

namespace CrmInsights.Etl.Checks;

public sealed partial class DataChecks
{
    /// <summary>
    /// The reject_rate check of one loaded batch: rejected / read above Loading:RejectRateWarning (warning) and
    /// Loading:RejectRateError (error, reports held). Named per source and entity, so the next good batch clears it.
    /// Null for batches that read nothing or did not load; recorded by <see cref="BatchChecksAsync(BatchOutcome, LoadDb, CancellationToken)"/>.
    /// </summary>
    private CheckResult? RejectRate(BatchOutcome batch)
    {
        if (batch.Status != BatchStatus.Loaded || batch.RowsRead == 0)
        {
            return null;
        }

        var rate = (double)batch.RowsRejected / batch.RowsRead;
        var o = options.Value;
        var severity = rate > o.RejectRateError ? CheckSeverity.Error : CheckSeverity.Warning;
        var passed = rate <= o.RejectRateWarning;
        var share = rate.ToString("0.0%", CultureInfo.InvariantCulture);
        var message = passed
            ? $"{batch.Origin}: {batch.RowsRejected} of {batch.RowsRead} rows rejected ({share})."
            : $"{batch.Origin}: {batch.RowsRejected} of {batch.RowsRead} rows rejected ({share}, above Loading:{(severity == CheckSeverity.Error ? "RejectRateError" : "RejectRateWarning")} " +
              $"{(severity == CheckSeverity.Error ? o.RejectRateError : o.RejectRateWarning).ToString("0.##%", CultureInfo.InvariantCulture)}); the reasons are in etl.Reject and rejects/{batch.Source}/ — usually a mapping key to fix (etl preview shows them)" +
              (batch.LoadRejected > 0 && batch.LoadRejectAdvice is { } advice ? $". {batch.LoadRejected} of them were rejected by the load, against the warehouse (etl.Reject only; etl preview cannot show them): {advice}." : ".");
        return new CheckResult($"reject_rate:{batch.Source}/{batch.Entity}", severity, passed, passed ? 0 : batch.RowsRejected, message, null, batch.BatchId);
    }
}
