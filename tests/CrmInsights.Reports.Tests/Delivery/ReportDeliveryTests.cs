using ClosedXML.Excel;
using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;
using MimeKit;

namespace CrmInsights.Reports.Tests.Delivery;

public sealed class ReportDeliveryTests
{
    private static readonly ReportPeriod Period = SamplePacks.Period;

    [SkippableFact]
    public async Task DeliverAsync_RealSmtp_EachRecipientGetsHtmlInlineChartsAndOnlyTheirSlice()
    {
        Skip.IfNot(SmtpServer.Available, "Debian's /usr/bin/python3 with aiosmtpd is not installed (apt-get install python3-aiosmtpd).");
        using var harness = new DeliveryHarness();
        using var server = new SmtpServer();
        server.Start();

        var result = await harness.NewDelivery(DeliveryHarness.Smtp(server.Port))
            .DeliverAsync(DeliveryHarness.Definition(), Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);

        Assert.All(result.Recipients, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        var messages = server.Messages();
        Assert.Equal(3, messages.Count);
        foreach (var m in messages)
        {
            Assert.StartsWith("March 2025: Net revenue £", m.Subject, StringComparison.Ordinal);
            Assert.EndsWith("Monthly CRM (2025-03)", m.Subject, StringComparison.Ordinal);
            Assert.Equal("reports@example.com", m.From.Mailboxes.Single().Address);
            var html = m.HtmlBody;
            Assert.Contains(">Net revenue</div>", html, StringComparison.Ordinal);
            Assert.Contains("March 2025 scorecard", m.TextBody, StringComparison.Ordinal);
            var images = m.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MediaType == "image").ToList();
            Assert.Equal(2, images.Count);
            Assert.All(images, i => Assert.Contains("cid:" + i.ContentId, html, StringComparison.Ordinal));
            Assert.Single(m.Attachments);
        }

        var store = messages.Single(m => m.To.Mailboxes.Single().Address == "s001@example.com");
        Assert.Contains("Store S001", store.Subject, StringComparison.Ordinal);
        var storeCells = await WorkbookTexts(store);
        Assert.Contains("123456.78", storeCells);
        foreach (var other in new[] { "S002", "S003", "234567.89", "345678.91", "703703.58", "ada@example.com" })
        {
            Assert.DoesNotContain(storeCells, c => c.Contains(other, StringComparison.Ordinal));
            Assert.DoesNotContain(other, store.HtmlBody, StringComparison.Ordinal);
        }
        Assert.Contains("£123.5k", System.Net.WebUtility.HtmlDecode(store.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("£234.6k", System.Net.WebUtility.HtmlDecode(store.HtmlBody), StringComparison.Ordinal);

        var north = messages.Single(m => m.To.Mailboxes.Single().Address == "north@example.com");
        var northCells = await WorkbookTexts(north);
        Assert.Contains("358024.67", northCells);
        Assert.DoesNotContain(northCells, c => c.Contains("S003", StringComparison.Ordinal));
        Assert.Contains("Hello North &lt;Region&gt; Manager,", north.HtmlBody, StringComparison.Ordinal);

        var hq = messages.Single(m => m.To.Mailboxes.Single().Address == "hq@example.com");
        Assert.Contains("ada@example.com", await WorkbookTexts(hq));
    }

    [SkippableFact]
    public async Task DeliverAsync_SmtpDownThenRestart_SendsExactlyOncePerRecipient()
    {
        Skip.IfNot(SmtpServer.Available, "Debian's /usr/bin/python3 with aiosmtpd is not installed.");
        using var harness = new DeliveryHarness();
        using var server = new SmtpServer();
        var smtp = DeliveryHarness.Smtp(server.Port, attempts: 2, backoffMs: 20);

        // Run 1: nobody listens on the port; every recipient fails after its retries and is logged as failed.
        var first = await harness.NewDelivery(smtp).DeliverAsync(DeliveryHarness.Definition(), Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.All(first.Recipients, r => Assert.Equal(DeliveryOutcome.Failed, r.Outcome));
        Assert.False(first.Succeeded);
        var rows = await harness.Log().ListAsync("Monthly CRM", "2025-03", CancellationToken.None);
        Assert.All(rows, r => Assert.Equal((DeliveryStatus.Failed, 1), (r.Status, r.Attempts)));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.LastError)));

        // Restart with the server up: each failed recipient is sent once.
        server.Start();
        var second = await harness.NewDelivery(smtp).DeliverAsync(DeliveryHarness.Definition(), Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.All(second.Recipients, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));

        // Another run of the same period sends nothing.
        var third = await harness.NewDelivery(smtp).DeliverAsync(DeliveryHarness.Definition(), Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.All(third.Recipients, r => Assert.Equal(DeliveryOutcome.AlreadySent, r.Outcome));

        var messages = server.Messages();
        Assert.Equal(3, messages.Count);
        Assert.Equal(3, messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        rows = await harness.Log().ListAsync("Monthly CRM", "2025-03", CancellationToken.None);
        Assert.All(rows, r => Assert.Equal((DeliveryStatus.Sent, 2), (r.Status, r.Attempts)));
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
    }

    [SkippableFact]
    public async Task DeliverAsync_ServerUpDuringBackoff_RetriesAndSendsOnce()
    {
        Skip.IfNot(SmtpServer.Available, "Debian's /usr/bin/python3 with aiosmtpd is not installed.");
        using var harness = new DeliveryHarness();
        using var server = new SmtpServer();
        var definition = DeliveryHarness.Definition();
        definition.Recipients = [definition.Recipients[2]];
        var starter = Task.Run(async () =>
        {
            await Task.Delay(400);
            server.Start();
        });
        var result = await harness.NewDelivery(DeliveryHarness.Smtp(server.Port, attempts: 6, backoffMs: 250))
            .DeliverAsync(definition, Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        await starter;
        Assert.Equal(DeliveryOutcome.Sent, result.Recipients.Single().Outcome);
        Assert.Single(server.Messages());
    }

    [SkippableFact]
    public async Task DeliverAsync_CrashAfterClaim_ResendsAfterLeaseWithSameMessageId()
    {
        Skip.IfNot(SmtpServer.Available, "Debian's /usr/bin/python3 with aiosmtpd is not installed.");
        using var harness = new DeliveryHarness();
        using var server = new SmtpServer();
        server.Start();
        var definition = DeliveryHarness.Definition();
        definition.Recipients = [definition.Recipients[2]];
        // A run that claimed the recipient and died before the transport or MarkSent.
        Assert.True(await harness.Log().TryBeginAsync("Monthly CRM", "2025-03", "s001@example.com", CancellationToken.None));

        var smtp = DeliveryHarness.Smtp(server.Port);
        var during = await harness.NewDelivery(smtp).DeliverAsync(definition, Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.InProgress, during.Recipients.Single().Outcome);
        Assert.Empty(server.Messages());

        harness.Clock.Advance(TimeSpan.FromMinutes(31));
        var after = await harness.NewDelivery(smtp).DeliverAsync(definition, Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Sent, after.Recipients.Single().Outcome);
        var message = Assert.Single(server.Messages());
        Assert.Equal(MessageIds.For("Monthly CRM", "2025-03", "s001@example.com", "crm-insights.local"), message.MessageId);
    }

    [SkippableFact]
    public async Task DeliverAsync_StaleSource_HoldsPackNotifiesOwnerOnceThenSendsWhenFixed()
    {
        Skip.IfNot(SmtpServer.Available, "Debian's /usr/bin/python3 with aiosmtpd is not installed.");
        using var harness = new DeliveryHarness();
        using var server = new SmtpServer();
        server.Start();
        var smtp = DeliveryHarness.Smtp(server.Port);
        var rows = SamplePacks.HealthyDataQuality().ToList();
        rows[0] = rows[0] with { FreshnessHours = 50 };
        rows[1] = rows[1] with { CheckErrors = ["orders without customer > 1%"] };
        var broken = new DataHealth(rows);

        var held = await harness.NewDelivery(smtp).DeliverAsync(DeliveryHarness.Definition(), Period, broken, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.All(held.Recipients, r => Assert.Equal(DeliveryOutcome.Held, r.Outcome));
        Assert.True(held.NoticeSent);
        Assert.Equal(2, held.Gate.Causes.Count);
        var again = await harness.NewDelivery(smtp).DeliverAsync(DeliveryHarness.Definition(), Period, broken, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.False(again.NoticeSent);

        var notice = Assert.Single(server.Messages());
        Assert.Equal("owner@example.com", notice.To.Mailboxes.Single().Address);
        Assert.StartsWith("[HELD] Monthly CRM", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("Source 'pos' is stale: newest data 50.0 h old, limit 36.0 h.", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("orders without customer > 1%", notice.TextBody, StringComparison.Ordinal);
        Assert.Empty(notice.Attachments);

        var fixedRun = await harness.NewDelivery(smtp).DeliverAsync(DeliveryHarness.Definition(), Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.All(fixedRun.Recipients, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        Assert.Equal(4, server.Messages().Count);
    }

    [Fact]
    public async Task DeliverAsync_NoSmtp_WritesEmlToOutboxOnce_AndAlertsMarkSubject()
    {
        using var harness = new DeliveryHarness();
        var outbox = new OutboxTransport(Path.Combine(harness.Root, "outbox"));
        var definition = DeliveryHarness.Definition();
        definition.Alerts = [new AlertThreshold { Kpi = "email_open_rate", Below = 0.25m }];
        var delivery = harness.NewDelivery(new SmtpOptions(), outbox);
        var result = await delivery.DeliverAsync(definition, Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.All(result.Recipients, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        var files = Directory.GetFiles(outbox.Directory, "*.eml");
        Assert.Equal(3, files.Length);
        var message = await MimeMessage.LoadAsync(files[0]);
        Assert.StartsWith("[ALERT] March 2025: ", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Email open rate is 21.2%, below 25.0%", message.HtmlBody, StringComparison.Ordinal);
        using var wb = new XLWorkbook(await SaveAttachment(message));
        Assert.StartsWith("ALERT: Email open rate is 21.2%", wb.Worksheet("Summary").Cell(3, 1).GetString(), StringComparison.Ordinal);

        await harness.NewDelivery(new SmtpOptions(), outbox).DeliverAsync(definition, Period, DeliveryHarness.Healthy, DeliveryHarness.Pack, harness.OutDir, CancellationToken.None);
        Assert.Equal(3, Directory.GetFiles(outbox.Directory, "*.eml").Length);
    }

    [Fact]
    public async Task DeliverAsync_FactoryReturnsWrongSlice_Refuses()
    {
        using var harness = new DeliveryHarness();
        var delivery = harness.NewDelivery(new SmtpOptions(), new OutboxTransport(Path.Combine(harness.Root, "outbox")));
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            delivery.DeliverAsync(DeliveryHarness.Definition(), Period, DeliveryHarness.Healthy, _ => SamplePacks.Build(ReportSlice.All), harness.OutDir, CancellationToken.None));
        Assert.Contains("refusing to send", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<string> SaveAttachment(MimeMessage message)
    {
        var part = (MimePart)message.Attachments.Single();
        Assert.Equal(Reports.Delivery.EmailComposer.XlsxMediaType, part.ContentType.MimeType);
        var path = Path.Combine(Path.GetTempPath(), "crmi-att-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await using (var stream = File.Create(path))
        {
            await part.Content!.DecodeToAsync(stream);
        }
        return path;
    }

    private static async Task<List<string>> WorkbookTexts(MimeMessage message)
    {
        var path = await SaveAttachment(message);
        try
        {
            using var wb = new XLWorkbook(path);
            return wb.Worksheets.SelectMany(w => w.CellsUsed())
                .Select(c => c.DataType == XLDataType.Number ? c.GetValue<decimal>().ToString(System.Globalization.CultureInfo.InvariantCulture) : c.GetString())
                .ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
