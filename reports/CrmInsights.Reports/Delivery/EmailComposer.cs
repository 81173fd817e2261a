using System.Globalization;
using System.Net;
using System.Text;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Workbooks;
using MimeKit;
using MimeKit.Utils;

namespace CrmInsights.Reports.Delivery;

/// <summary>Builds the pack email and the owner's failure notice. Every dynamic text in the HTML is encoded.</summary>
public static class EmailComposer
{
    /// <summary>The xlsx media type.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Subject: alert marker, report, period (name and yyyy-MM) and slice.</summary>
    public static string Subject(KpiPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var alert = pack.Alerts.Count > 0 ? "[ALERT] " : "";
        return OneLine($"{alert}{pack.ReportName}: CRM KPI pack {pack.Period.DisplayName} ({pack.Period}) – {pack.Slice.Description}");
    }

    /// <summary>The pack email for one recipient: HTML with headline KPIs and up to two inline charts, text alternative, workbook attached.</summary>
    public static MimeMessage ComposePack(KpiPack pack, BuiltPack built, RecipientDefinition recipient, MailboxAddress from, string messageId)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(recipient);
        var message = new MimeMessage { Subject = Subject(pack), MessageId = messageId, Date = pack.GeneratedAt };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(OneLine(recipient.DisplayName), recipient.Email));

        var body = new BodyBuilder();
        var inline = new List<(ChartImage Chart, string Cid)>();
        foreach (var chart in EmailCharts(built.Charts))
        {
            var resource = body.LinkedResources.Add(chart.Key + ".png", chart.Png, new ContentType("image", "png"));
            resource.ContentId = MimeUtils.GenerateMessageId(from.Domain is { Length: > 0 } d ? d : "localhost");
            inline.Add((chart, resource.ContentId));
        }
        body.HtmlBody = Html(pack, recipient, inline);
        body.TextBody = Text(pack, recipient);
        using (var stream = File.OpenRead(built.WorkbookPath))
        {
            body.Attachments.Add(Path.GetFileName(built.WorkbookPath), stream, ContentType.Parse(XlsxMediaType));
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The short notice to the owner while the pack is held.</summary>
    public static MimeMessage ComposeHoldNotice(ReportDefinition definition, ReportPeriod period, GateDecision decision, MailboxAddress from, string messageId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(decision);
        var message = new MimeMessage
        {
            Subject = OneLine($"[HELD] {definition.Name}: CRM KPI pack {period.DisplayName} ({period}) not sent – data not ready"),
            MessageId = messageId,
            Date = now,
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(definition.Owner));
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The {definition.Name} pack for {period.DisplayName} was not sent to its {definition.Recipients.Count} recipient(s) because:")
            .AppendLine();
        foreach (var cause in decision.Causes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $" - {cause}");
        }
        text.AppendLine().AppendLine("It goes out automatically on the next scheduled run after the data is fixed (or run: crm-insights report run --report NAME --period YYYY-MM --send).");
        message.Body = new TextPart("plain") { Text = text.ToString() };
        return message;
    }

    /// <summary>The first trend and the NPS distribution (else the funnel): the two charts a phone screen shows best.</summary>
    public static IReadOnlyList<ChartImage> EmailCharts(IReadOnlyList<ChartImage> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var first = charts.FirstOrDefault(c => c.Key.StartsWith("trend-", StringComparison.Ordinal));
        var second = charts.FirstOrDefault(c => c.Key == "nps") ?? charts.FirstOrDefault(c => c.Key == "email-funnel");
        return new[] { first, second }.OfType<ChartImage>().ToList();
    }

    private static string Html(KpiPack pack, RecipientDefinition recipient, List<(ChartImage Chart, string Cid)> inline)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var cur = pack.Currency;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(Subject(pack))).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">");
        html.Append("<p>Hello ").Append(E(recipient.DisplayName)).Append(",</p>");
        html.Append("<p>Here is the <b>").Append(E(pack.ReportName)).Append("</b> CRM KPI pack for <b>").Append(E(pack.Period.DisplayName))
            .Append("</b> (").Append(E(pack.Slice.Description)).Append("). The full workbook is attached.</p>");
        if (pack.Alerts.Count > 0)
        {
            html.Append("<div style=\"border:2px solid #B00020;padding:8px;color:#B00020\"><b>Alerts</b><ul>");
            foreach (var alert in pack.Alerts)
            {
                html.Append("<li>").Append(E(alert)).Append("</li>");
            }
            html.Append("</ul></div>");
        }
        html.Append("<table style=\"border-collapse:collapse\" cellpadding=\"6\" border=\"1\"><thead><tr>")
            .Append("<th align=\"left\">KPI</th><th>This month</th><th>vs previous month</th><th>vs same month last year</th><th>Target</th><th>Status</th></tr></thead><tbody>");
        foreach (var h in pack.Headlines)
        {
            html.Append("<tr><td>").Append(E(h.Name)).Append("</td><td align=\"right\">").Append(E(UnitFormat.Text(h.Current, h.Unit, cur)))
                .Append("</td><td align=\"right\">").Append(E(UnitFormat.Change(h.ChangeVsPrevious, h.Unit, cur)))
                .Append("</td><td align=\"right\">").Append(E(UnitFormat.Change(h.ChangeVsLastYear, h.Unit, cur)))
                .Append("</td><td align=\"right\">").Append(E(UnitFormat.Text(h.Target, h.Unit, cur)))
                .Append("</td><td>").Append(E(WorkbookBuilder.StatusText(h.Status))).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        html.Append("<p><b>What moved most</b></p><ul>");
        foreach (var sentence in Narrative.Sentences(pack))
        {
            html.Append("<li>").Append(E(sentence)).Append("</li>");
        }
        html.Append("</ul>");
        foreach (var (chart, cid) in inline)
        {
            html.Append("<p><img src=\"cid:").Append(E(cid)).Append("\" alt=\"").Append(E(chart.Title))
                .Append("\" width=\"640\" style=\"max-width:100%;height:auto\"></p>");
        }
        html.Append("<p style=\"color:#666;font-size:12px\">Definitions of every KPI are on the workbook's Definitions sheet.</p></body></html>");
        return html.ToString();
    }

    private static string Text(KpiPack pack, RecipientDefinition recipient)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Hello {recipient.DisplayName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{pack.ReportName} CRM KPI pack for {pack.Period.DisplayName} ({pack.Slice.Description}). The workbook is attached.")
            .AppendLine();
        foreach (var alert in pack.Alerts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"ALERT: {alert}");
        }
        foreach (var h in pack.Headlines)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{h.Name}: {UnitFormat.Text(h.Current, h.Unit, pack.Currency)} ({UnitFormat.Change(h.ChangeVsPrevious, h.Unit, pack.Currency)} vs previous month) {WorkbookBuilder.StatusText(h.Status)}");
        }
        return text.ToString();
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
