namespace CrmInsights.Reports.Delivery;

/// <summary>One row of the delivery log.</summary>
public sealed record DeliveryRecord(
    string ReportName,
    string Period,
    string Recipient,
    string Status,
    int Attempts,
    DateTime FirstAttemptAt,
    DateTime LastAttemptAt,
    DateTime? SentAt,
    string? LastError);
