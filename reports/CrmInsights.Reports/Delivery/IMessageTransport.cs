using MimeKit;

namespace CrmInsights.Reports.Delivery;

/// <summary>Hands a finished message to the world: an SMTP server or the outbox folder.</summary>
public interface IMessageTransport
{
    /// <summary>Sends (or stores) the message; throws when it could not, after any retries.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
