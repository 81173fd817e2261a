namespace CrmInsights.Etl.Loading;

/// <summary>The result of one batch: identity, status, the counts recorded in etl.Batch and the reconciliation figures.</summary>
public sealed record BatchOutcome
{
    /// <summary>Source name.</summary>
    public required string Source { get; init; }

    /// <summary>Entity name.</summary>
    public required string Entity { get; init; }

    /// <summary>File name or query description.</summary>
    public required string Origin { get; init; }

    /// <summary>What happened.</summary>
    public required BatchStatus Status { get; init; }

    /// <summary>etl.Batch id (null when nothing was recorded).</summary>
    public long? BatchId { get; init; }

    /// <summary>Data rows read.</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows applied to the warehouse.</summary>
    public long RowsLoaded { get; init; }

    /// <summary>Rows rejected at extract or load.</summary>
    public long RowsRejected { get; init; }

    /// <summary>Rows skipped as duplicates (within the file, or an email event another batch loaded).</summary>
    public long RowsDuplicate { get; init; }

    /// <summary>Optional fields of loaded rows stored as NULL with a warning (counted in <see cref="RowsLoaded"/>'s rows, not rejects).</summary>
    public long FieldWarnings { get; init; }

    /// <summary>Why it failed or was quarantined.</summary>
    public string? Error { get; init; }

    /// <summary>The fact table the batch loaded (for reconciliation); null for dimensions.</summary>
    public string? FactTable { get; init; }

    /// <summary>The reconciled amount summed over the accepted source rows, where the entity has one.</summary>
    public decimal? SourceAmount { get; init; }

    /// <summary>The reconciled amount of the rows rejected at load time.</summary>
    public decimal RejectedAmount { get; init; }

    /// <summary>Rows applied or rejected at load time, excluding duplicates kept from another batch.</summary>
    public long LoadRejected { get; init; }

    /// <summary>
    /// What fixes the rows the load rejected (<see cref="Entities.IEntityLoader.LoadRejectAdvice"/>), when it rejected any: those
    /// rows are in etl.Reject with their ids only, not in the rejects file the extract writes.
    /// </summary>
    public string? LoadRejectAdvice { get; init; }

    /// <summary>The batch's checks (reconciliation, reject rate) recorded in its own transaction, when the loader had a checker.</summary>
    public IReadOnlyList<Checks.CheckResult>? Checked { get; init; }
}
