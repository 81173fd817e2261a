using CrmInsights.Etl.Checks;

namespace CrmInsights.Etl.Loading;

/// <summary>The result of <see cref="EtlPipeline.RunAsync"/> or <see cref="EtlPipeline.ReplayAsync"/>.</summary>
/// <param name="Batches">Every batch, in load order.</param>
/// <param name="Checks">Every check result recorded by the run (reconciliations and the suite).</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record EtlRunSummary(IReadOnlyList<BatchOutcome> Batches, IReadOnlyList<CheckResult> Checks, TimeSpan Elapsed)
{
    /// <summary>A batch failed (rolled back; its file waits in the inbox).</summary>
    public bool HasFailedBatches => Batches.Any(b => b.Status == BatchStatus.Failed);

    /// <summary>An error-level check failed (reports are held).</summary>
    public bool HasErrorChecks => Checks.Any(c => !c.Passed && c.Severity == CheckSeverity.Error);

    /// <summary>Rows read across loaded batches.</summary>
    public long RowsRead => Batches.Where(b => b.Status == BatchStatus.Loaded).Sum(b => b.RowsRead);

    /// <summary>Rows loaded.</summary>
    public long RowsLoaded => Batches.Where(b => b.Status == BatchStatus.Loaded).Sum(b => b.RowsLoaded);

    /// <summary>Rows rejected.</summary>
    public long RowsRejected => Batches.Where(b => b.Status == BatchStatus.Loaded).Sum(b => b.RowsRejected);

    /// <summary>Optional fields of loaded rows stored as NULL with a warning.</summary>
    public long FieldWarnings => Batches.Where(b => b.Status == BatchStatus.Loaded).Sum(b => b.FieldWarnings);

    /// <summary>Count of batches with a status.</summary>
    public int Count(BatchStatus status) => Batches.Count(b => b.Status == status);
}
