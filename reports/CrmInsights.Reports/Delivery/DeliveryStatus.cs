namespace CrmInsights.Reports.Delivery;

/// <summary>States of a delivery log row, stored as lower-case text.</summary>
public static class DeliveryStatus
{
    /// <summary>Claimed by a run that is handing it to the transport now.</summary>
    public const string Sending = "sending";

    /// <summary>Accepted by the transport; never sent again.</summary>
    public const string Sent = "sent";

    /// <summary>The last attempt failed; the next run tries again.</summary>
    public const string Failed = "failed";
}
