namespace CrmInsights.Reports.Delivery;

/// <summary>What happened to one recipient in one run.</summary>
public enum DeliveryOutcome
{
    /// <summary>Handed to the transport and logged as sent in this run.</summary>
    Sent,
    /// <summary>Already sent by an earlier run; nothing done.</summary>
    AlreadySent,
    /// <summary>Another run holds a live claim; nothing done.</summary>
    InProgress,
    /// <summary>The transport failed after its retries; the next run tries again.</summary>
    Failed,
    /// <summary>Held back by the data gate.</summary>
    Held,
}

/// <summary>One recipient's outcome.</summary>
public sealed record RecipientOutcome(string Recipient, string Slice, DeliveryOutcome Outcome, string? Error);

/// <summary>The result of one delivery run of one report and period.</summary>
public sealed record DeliveryResult(string ReportName, string Period, GateDecision Gate, IReadOnlyList<RecipientOutcome> Recipients, bool NoticeSent)
{
    /// <summary>True when no recipient failed (held packs are not failures of the run).</summary>
    public bool Succeeded => Recipients.All(r => r.Outcome != DeliveryOutcome.Failed);
}
