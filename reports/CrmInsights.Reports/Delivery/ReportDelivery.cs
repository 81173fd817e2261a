using System.Security.Cryptography;
using System.Text;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Workbooks;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// Delivers one report for one period: checks the data gate, builds one pack per distinct slice
/// (bursting), and sends each recipient only their slice, exactly once per (report, period,
/// recipient) through the delivery log.
/// </summary>
public sealed partial class ReportDelivery(
    ReportsOptions reports,
    SmtpOptions smtp,
    IMessageTransport transport,
    IDeliveryLog log,
    TimeProvider timeProvider,
    ILogger<ReportDelivery> logger)
{
    /// <summary>Builds every slice's pack without sending (the CLI without <c>--send</c>).</summary>
    public IReadOnlyList<BuiltPack> Build(ReportDefinition definition, ReportPeriod period, Func<ISliceFilter, KpiPack> packFactory, string outDir)
    {
        ArgumentNullException.ThrowIfNull(packFactory);
        return BuildAsync(definition, period, (slice, _) => Task.FromResult(packFactory(slice)), outDir, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Builds every slice's pack without sending, from an asynchronous pack factory (e.g. the mart queries).</summary>
    public async Task<IReadOnlyList<BuiltPack>> BuildAsync(
        ReportDefinition definition, ReportPeriod period, Func<ISliceFilter, CancellationToken, Task<KpiPack>> packFactory, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(packFactory);
        var built = new List<BuiltPack>();
        foreach (var group in definition.Recipients.GroupBy(r => r.Slice))
        {
            var pack = await PrepareAsync(definition, period, group.Key, packFactory, cancellationToken);
            built.Add(ReportPackBuilder.Build(group.Any(r => r.AllowPersonalData) ? pack : pack.WithoutPersonalData(), outDir));
        }
        return built;
    }

    /// <summary>Runs the delivery; safe to repeat: recipients already served are skipped.</summary>
    public Task<DeliveryResult> DeliverAsync(
        ReportDefinition definition, ReportPeriod period, DataHealth health, Func<ISliceFilter, KpiPack> packFactory, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(packFactory);
        return DeliverAsync(definition, period, health, (slice, _) => Task.FromResult(packFactory(slice)), outDir, cancellationToken);
    }

    /// <summary>Runs the delivery from an asynchronous pack factory (called once per slice that still has recipients to serve).</summary>
    public async Task<DeliveryResult> DeliverAsync(
        ReportDefinition definition, ReportPeriod period, DataHealth health, Func<ISliceFilter, CancellationToken, Task<KpiPack>> packFactory, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(packFactory);
        var periodText = period.ToString();
        var gate = DeliveryGate.Evaluate(health, period);
        if (!gate.CanSend)
        {
            LogHeld(logger, definition.Name, periodText, string.Join(" ", gate.Causes));
            var noticeSent = await SendHoldNoticeAsync(definition, period, gate, cancellationToken);
            return new DeliveryResult(definition.Name, periodText, gate,
                definition.Recipients.Select(r => new RecipientOutcome(r.Email, r.Slice.Description, DeliveryOutcome.Held, null)).ToList(), noticeSent);
        }

        var already = (await log.ListAsync(definition.Name, periodText, cancellationToken))
            .Where(r => r.Status == DeliveryStatus.Sent).Select(r => r.Recipient).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<RecipientOutcome>();
        foreach (var group in definition.Recipients.GroupBy(r => r.Slice))
        {
            var slice = group.Key;
            var pending = group.Where(r => !already.Contains(r.Email)).ToList();
            outcomes.AddRange(group.Where(r => already.Contains(r.Email)).Select(r => new RecipientOutcome(r.Email, slice.Description, DeliveryOutcome.AlreadySent, null)));
            if (pending.Count == 0)
            {
                continue;
            }
            var pack = await PrepareAsync(definition, period, slice, packFactory, cancellationToken);
            BuiltPack? full = null;
            BuiltPack? masked = null;
            foreach (var recipient in pending)
            {
                BuiltPack built;
                KpiPack variant;
                if (recipient.AllowPersonalData)
                {
                    variant = pack;
                    built = full ??= ReportPackBuilder.Build(pack, outDir);
                }
                else
                {
                    variant = pack.WithoutPersonalData();
                    built = masked ??= ReportPackBuilder.Build(variant, outDir);
                }
                outcomes.Add(await SendOneAsync(definition, periodText, recipient, variant, built, cancellationToken));
            }
        }
        return new DeliveryResult(definition.Name, periodText, gate, outcomes, NoticeSent: false);
    }

    private async Task<KpiPack> PrepareAsync(
        ReportDefinition definition, ReportPeriod period, ReportSlice slice, Func<ISliceFilter, CancellationToken, Task<KpiPack>> packFactory, CancellationToken cancellationToken)
    {
        var pack = await packFactory(slice, cancellationToken);
        // Bursting is a privacy boundary: a pack for the wrong slice or period must never reach a recipient.
        if (pack.Slice != slice || pack.Period != period)
        {
            throw new InvalidOperationException(
                $"The pack factory returned {pack.Slice.Description} {pack.Period} for a request of {slice.Description} {period}; refusing to send it.");
        }
        pack = (pack with { ReportName = definition.Name, Currency = reports.Currency, ScorecardKeys = definition.Scorecard })
            .WithTargets(reports.Targets).WithTargets(definition.Targets);
        return pack.WithAlerts(AlertEvaluator.Evaluate(pack, definition.Alerts));
    }

    private async Task<RecipientOutcome> SendOneAsync(ReportDefinition definition, string period, RecipientDefinition recipient, KpiPack pack, BuiltPack built, CancellationToken cancellationToken)
    {
        var slice = pack.Slice.Description;
        if (!await log.TryBeginAsync(definition.Name, period, recipient.Email, cancellationToken))
        {
            var state = (await log.ListAsync(definition.Name, period, cancellationToken))
                .FirstOrDefault(r => string.Equals(r.Recipient, recipient.Email, StringComparison.OrdinalIgnoreCase));
            return new RecipientOutcome(recipient.Email, slice, state?.Status == DeliveryStatus.Sent ? DeliveryOutcome.AlreadySent : DeliveryOutcome.InProgress, null);
        }
        try
        {
            var message = EmailComposer.ComposePack(pack, built, recipient, From(),
                MessageIds.For(definition.Name, period, recipient.Email, smtp.MessageIdDomain));
            await transport.SendAsync(message, cancellationToken);
            await log.MarkSentAsync(definition.Name, period, recipient.Email, cancellationToken);
            LogSent(logger, definition.Name, period, recipient.Email, slice);
            return new RecipientOutcome(recipient.Email, slice, DeliveryOutcome.Sent, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await log.MarkFailedAsync(definition.Name, period, recipient.Email, $"{ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            LogFailed(logger, definition.Name, period, recipient.Email, ex.Message);
            return new RecipientOutcome(recipient.Email, slice, DeliveryOutcome.Failed, ex.Message);
        }
    }

    private async Task<bool> SendHoldNoticeAsync(ReportDefinition definition, ReportPeriod period, GateDecision gate, CancellationToken cancellationToken)
    {
        // One notice per period and set of causes: the log key is the owner plus a hash of the causes.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", gate.Causes))))[..12];
        var key = $"{definition.Owner}#held-{hash}";
        var periodText = period.ToString();
        if (!await log.TryBeginAsync(definition.Name, periodText, key, cancellationToken))
        {
            return false;
        }
        try
        {
            var notice = EmailComposer.ComposeHoldNotice(definition, period, gate, From(),
                MessageIds.For(definition.Name, periodText, key, smtp.MessageIdDomain), timeProvider.GetUtcNow());
            await transport.SendAsync(notice, cancellationToken);
            await log.MarkSentAsync(definition.Name, periodText, key, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await log.MarkFailedAsync(definition.Name, periodText, key, $"{ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            LogFailed(logger, definition.Name, periodText, definition.Owner, ex.Message);
            return false;
        }
    }

    private MailboxAddress From() => new(smtp.FromName, smtp.From);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Sent {Report} {Period} to {Recipient} ({Slice})")]
    private static partial void LogSent(ILogger logger, string report, string period, string recipient, string slice);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Could not send {Report} {Period} to {Recipient}: {Error}. The next run retries.")]
    private static partial void LogFailed(ILogger logger, string report, string period, string recipient, string error);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Holding {Report} {Period}: {Causes}")]
    private static partial void LogHeld(ILogger logger, string report, string period, string causes);
}
