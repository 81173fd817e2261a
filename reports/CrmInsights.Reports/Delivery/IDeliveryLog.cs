namespace CrmInsights.Reports.Delivery;

/// <summary>
/// Makes each (report, period, recipient) go out once. A run claims a key with
/// <see cref="TryBeginAsync"/> before the transport and marks it sent after. If the process dies
/// between the server accepting the message and <see cref="MarkSentAsync"/>, the claim expires and
/// a later run sends again: that window is at-least-once, and the deterministic Message-ID lets
/// receivers drop the duplicate.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>Claims the key for sending; false when it was already sent or another run holds a live claim.</summary>
    Task<bool> TryBeginAsync(string reportName, string period, string recipient, CancellationToken cancellationToken);

    /// <summary>Records that the transport accepted the message.</summary>
    Task MarkSentAsync(string reportName, string period, string recipient, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the next run may claim the key again.</summary>
    Task MarkFailedAsync(string reportName, string period, string recipient, string failure, CancellationToken cancellationToken);

    /// <summary>All rows of one report and period.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListAsync(string reportName, string period, CancellationToken cancellationToken);
}
