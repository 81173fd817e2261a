using MimeKit;

namespace CrmInsights.Reports.Delivery;

/// <summary>Writes each message as an .eml file to the outbox folder (used when no SMTP server is configured).</summary>
public sealed class OutboxTransport(string directory) : IMessageTransport
{
    /// <summary>The outbox folder.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc/>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        // The file is named from the deterministic Message-ID, so a re-send overwrites rather than duplicates.
        var name = Model.SafeName.For(message.MessageId ?? Guid.NewGuid().ToString("N")) + ".eml";
        var path = Path.Combine(Directory, name);
        var temp = path + ".tmp";
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
