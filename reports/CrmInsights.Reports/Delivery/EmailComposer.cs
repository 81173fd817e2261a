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

    /// <summary>
    /// Subject, phone first: alert marker, period and headline ("December 2025: Net revenue £53.2k, +28.4% vs
    /// November; NPS 58.0"), then slice and report (what a narrow inbox cuts off).
    /// </summary>
    public static string Subject(KpiPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var alert = pack.Alerts.Count > 0 ? "[ALERT] " : "";
        var scorecard = Scorecard.Select(pack);
        var parts = new List<string>();
        if (scorecard.FirstOrDefault(h => h.Current is not null) is { } lead)
        {
            parts.Add($"{lead.Name} {UnitFormat.Text(lead.Current, lead.Unit, pack.Currency)}, {ChangeText(lead, pack)} vs {MonthName(pack.Period.Previous)}");
            if (scorecard.FirstOrDefault(h => h.Key == "nps" && h != lead && h.Current is not null) is { } nps)
            {
                parts.Add($"NPS {UnitFormat.Text(nps.Current, nps.Unit, pack.Currency)}");
            }
        }
        var headline = parts.Count > 0 ? ": " + string.Join("; ", parts) : "";
        return OneLine($"{alert}{pack.Period.DisplayName}{headline} · {pack.Slice.Description} · {pack.ReportName} ({pack.Period})");
    }

    private static string MonthName(ReportPeriod period) => period.Start.ToString("MMMM", CultureInfo.InvariantCulture);

    /// <summary>The change a reader wants first: relative for money and counts (+28.4%), in points or units otherwise.</summary>
    private static string ChangeText(HeadlineKpi h, KpiPack pack) =>
        h.Unit is KpiUnit.Currency or KpiUnit.Count ? UnitFormat.Relative(h.RelativeChangeVsPrevious) : UnitFormat.Change(h.ChangeVsPrevious, h.Unit, pack.Currency);

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
        foreach (var chart in ChartRenderer.HeadlineCharts(built.Charts))
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

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    /// <summary>
    /// The HTML part, phone first: one column at most 640 px wide that shrinks to the screen; the top five
    /// scorecard KPIs as rows of name, value, change and a written, coloured status; the narrative; counts per
    /// action list (names only for a recipient allowed personal data); two charts that scale to the width.
    /// Every dynamic text is HTML-encoded.
    /// </summary>
    internal static string Html(KpiPack pack, RecipientDefinition recipient, IReadOnlyList<(ChartImage Chart, string Cid)> inline)
    {
        var cur = pack.Currency;
        const string muted = "color:#555555;font-size:13px";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
            .Append(E(Subject(pack))).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#F3F4F6\">")
            .Append("<div style=\"max-width:640px;margin:0 auto;padding:16px;box-sizing:border-box;background:#FFFFFF;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.4;color:#222222;overflow-wrap:break-word\">");
        html.Append("<p style=\"margin:0 0 6px\">Hello ").Append(E(recipient.DisplayName)).Append(",</p>");
        html.Append("<p style=\"margin:0;").Append(muted).Append("\">").Append(E(pack.Slice.Description)).Append(" · ").Append(E(pack.ReportName)).Append("</p>")
            .Append("<h1 style=\"margin:2px 0 12px;font-size:22px;line-height:1.2\">").Append(E(pack.Period.DisplayName)).Append(" scorecard</h1>");
        if (pack.Alerts.Count > 0)
        {
            html.Append("<div style=\"border:2px solid #9A3D00;border-radius:6px;padding:8px 12px;margin:0 0 12px;color:#9A3D00\"><b>⚠ Alerts</b><ul style=\"margin:4px 0 0;padding-left:20px\">");
            foreach (var alert in pack.Alerts)
            {
                html.Append("<li>").Append(E(alert)).Append("</li>");
            }
            html.Append("</ul></div>");
        }
        html.Append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse\">");
        foreach (var h in Scorecard.Select(pack).Take(Scorecard.EmailKpis))
        {
            html.Append("<tr><td style=\"padding:10px 0;border-bottom:1px solid #E5E7EB;vertical-align:top\">")
                .Append("<div style=\"").Append(muted).Append("\">").Append(E(h.Name)).Append("</div>")
                .Append("<div style=\"font-size:22px;font-weight:bold\">").Append(E(UnitFormat.Text(h.Current, h.Unit, cur))).Append("</div>")
                .Append("<div style=\"").Append(muted).Append("\">").Append(E(ChangeText(h, pack))).Append(" vs ").Append(E(MonthName(pack.Period.Previous)))
                .Append(" · last year ").Append(E(UnitFormat.Text(h.SamePeriodLastYear, h.Unit, cur)));
            if (h.Sample is { } n)
            {
                html.Append(" · n ").Append(E(n.N.ToString("#,##0", CultureInfo.InvariantCulture))).Append(n.IsSmall ? " ⚠ small sample" : "");
            }
            html.Append("</div></td><td style=\"padding:10px 0 10px 8px;border-bottom:1px solid #E5E7EB;vertical-align:top;text-align:right\">")
                .Append("<span style=\"display:inline-block;padding:3px 8px;border-radius:12px;font-size:13px;font-weight:bold;white-space:nowrap;background:")
                .Append(StatusStyle.Background(h.Status)).Append(";color:").Append(StatusStyle.Foreground(h.Status)).Append("\">")
                .Append(E(StatusStyle.Text(h.Status))).Append("</span>");
            if (h.Target is { } target)
            {
                html.Append("<div style=\"").Append(muted).Append(";margin-top:4px\">target ").Append(E(UnitFormat.Text(target, h.Unit, cur))).Append("</div>");
            }
            html.Append("</td></tr>");
        }
        html.Append("</table>");
        html.Append("<p style=\"").Append(muted).Append("\">").Append(E(OnTrackTally(pack))).Append(" The full scorecard is the workbook's Summary sheet.</p>");

        html.Append("<h2 style=\"font-size:17px;margin:16px 0 4px\">What matters</h2><ul style=\"margin:0;padding-left:20px\">");
        foreach (var sentence in Narrative.Sentences(pack))
        {
            html.Append("<li style=\"margin-bottom:4px\">").Append(E(sentence)).Append("</li>");
        }
        html.Append("</ul>");

        html.Append("<h2 style=\"font-size:17px;margin:16px 0 4px\">Needs action</h2>");
        var counts = pack.ActionCounts();
        if (counts.Count == 0)
        {
            html.Append("<p style=\"margin:0\">").Append(E(pack.PersonalDataWithheld ? "Action lists are not part of your pack (they hold personal data)." : "No action lists this month.")).Append("</p>");
        }
        else
        {
            html.Append("<ul style=\"margin:0;padding-left:20px\">");
            foreach (var (list, customers) in counts)
            {
                html.Append("<li style=\"margin-bottom:4px\">").Append(E(list)).Append(": <b>").Append(E(customers.ToString("#,##0", CultureInfo.InvariantCulture))).Append("</b> customers");
                if (!pack.PersonalDataWithheld && recipient.AllowPersonalData && pack.ActionLists.FirstOrDefault(l => l.Name == list) is { Items.Count: > 0 } full)
                {
                    html.Append("<br><span style=\"").Append(muted).Append("\">").Append(E(Names(full))).Append("</span>");
                }
                html.Append("</li>");
            }
            html.Append("</ul>");
            html.Append("<p style=\"").Append(muted).Append("\">").Append(E(pack.PersonalDataWithheld
                ? "Names are withheld: your pack does not include personal data."
                : "Who to contact, and why, is on the workbook's Action lists sheet.")).Append("</p>");
        }

        foreach (var (chart, cid) in inline)
        {
            html.Append("<p style=\"margin:16px 0 0\"><img src=\"cid:").Append(E(cid)).Append("\" alt=\"").Append(E(chart.Title))
                .Append("\" width=\"608\" style=\"display:block;width:100%;max-width:608px;height:auto;border:0\"></p>");
        }
        html.Append("<p style=\"margin:16px 0 0;").Append(muted).Append("\">The workbook is attached: every KPI by store, region, channel and segment; definitions on its Definitions sheet.</p>")
            .Append("</div></body></html>");
        return html.ToString();
    }

    private static string OnTrackTally(KpiPack pack)
    {
        var judged = Scorecard.Select(pack).Where(h => h.Status is TargetStatus.OnTrack or TargetStatus.OffTrack).ToList();
        return judged.Count == 0
            ? "No scorecard KPI has a target."
            : string.Create(CultureInfo.InvariantCulture, $"{judged.Count(h => h.Status == TargetStatus.OnTrack)} of {judged.Count} scorecard KPIs with a target are on track.");
    }

    /// <summary>The first three names of a list, then how many more.</summary>
    private static string Names(ActionList list)
    {
        var names = string.Join(", ", list.Items.Take(3).Select(i => i.CustomerName));
        return list.Items.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $"{names} and {list.Items.Count - 3:#,##0} more") : names;
    }

    private static string Text(KpiPack pack, RecipientDefinition recipient)
    {
        var cur = pack.Currency;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Hello {recipient.DisplayName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{pack.Period.DisplayName} scorecard · {pack.Slice.Description} · {pack.ReportName}")
            .AppendLine();
        foreach (var alert in pack.Alerts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"ALERT: {alert}");
        }
        foreach (var h in Scorecard.Select(pack).Take(Scorecard.EmailKpis))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{StatusStyle.Text(h.Status)}  {h.Name}: {UnitFormat.Text(h.Current, h.Unit, cur)} ({ChangeText(h, pack)} vs {pack.Period.Previous.DisplayName}{(h.Target is { } t ? "; target " + UnitFormat.Text(t, h.Unit, cur) : "")})");
        }
        text.AppendLine().AppendLine(OnTrackTally(pack)).AppendLine().AppendLine("What matters:");
        foreach (var sentence in Narrative.Sentences(pack))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $" - {sentence}");
        }
        text.AppendLine().AppendLine("Needs action:");
        var counts = pack.ActionCounts();
        if (counts.Count == 0)
        {
            text.AppendLine(pack.PersonalDataWithheld ? " Action lists are not part of your pack (they hold personal data)." : " No action lists this month.");
        }
        foreach (var (list, customers) in counts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $" - {list}: {customers:#,##0} customers");
        }
        return text.AppendLine().AppendLine("The workbook is attached; definitions are on its Definitions sheet.").ToString();
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
