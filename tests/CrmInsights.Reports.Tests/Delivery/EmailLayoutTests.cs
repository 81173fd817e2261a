using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;
using MimeKit;

namespace CrmInsights.Reports.Tests.Delivery;

/// <summary>
/// The pack e-mail as a phone shows it, measured in headless Chromium (Debian's chromium; scripts/setup.sh
/// installs it): no element is wider than a 375 px viewport and nothing scrolls sideways.
/// </summary>
public sealed partial class EmailLayoutTests(BuiltWorkbookFixture fixture) : IClassFixture<BuiltWorkbookFixture>
{
    private static readonly string? Chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    // Chromium will not make a window narrower than 500 px, so the e-mail is laid out in an iframe exactly as wide
    // as the phone; the probe then writes the widest element's right edge and the frame's scroll width into the DOM
    // for --dump-dom to print.
    private const string Wrapper = """
<!DOCTYPE html><html><body style="margin:0">
<iframe id="mail" style="border:0;width:{0}px;height:900px" srcdoc="{1}"></iframe>
<script>document.getElementById('mail').addEventListener('load', () => {
  const w = document.getElementById('mail').contentWindow, d = w.document;
  let widest = 0, name = '';
  for (const e of d.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right > widest) { widest = r.right; name = e.tagName + ' ' + (e.textContent || e.alt || '').slice(0, 40); }
  }
  const p = document.createElement('pre'); p.id = 'measure';
  p.textContent = 'MEASURE|' + Math.ceil(widest) + '|' + d.documentElement.scrollWidth + '|' + w.innerWidth + '|' + name.replace(/[<|]/g, ' ');
  document.body.appendChild(p);
});</script></body></html>
""";

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(1024)]
    public void PackEmail_HasNoElementWiderThanTheViewport(int viewport)
    {
        Skip.If(Chromium is null, "No headless browser: Debian's chromium is not installed (scripts/setup.sh installs it; apt-get install chromium).");
        using var dir = new TempDir();
        var recipient = new RecipientDefinition { Email = "hq@example.com", DisplayName = "Head Office with a rather long display name", AllowPersonalData = true };
        var message = EmailComposer.ComposePack(fixture.Pack, fixture.Built, recipient, new MailboxAddress("Reports", "reports@example.com"), "<id@example.com>");
        var html = Inline(message);
        var page = Path.Combine(dir.Path, "email.html");
        File.WriteAllText(page, Wrapper.Replace("{0}", viewport.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{1}", html.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal), StringComparison.Ordinal));

        var (widest, scrollWidth, innerWidth, name) = Measure(page, viewport, dir.Path);
        Assert.Equal(viewport, innerWidth);
        Assert.True(widest <= viewport, $"widest element ends at {widest} px in a {viewport} px viewport: {name}");
        Assert.True(scrollWidth <= viewport, $"the page scrolls sideways: {scrollWidth} px in a {viewport} px viewport");
    }

    /// <summary>The HTML part with its cid: images as data URIs, as a mail client shows it.</summary>
    private static string Inline(MimeMessage message)
    {
        var html = message.HtmlBody ?? "";
        foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.ContentId is not null && p.Content is not null))
        {
            using var stream = new MemoryStream();
            part.Content!.DecodeTo(stream);
            html = html.Replace("cid:" + part.ContentId, "data:image/png;base64," + Convert.ToBase64String(stream.ToArray()), StringComparison.Ordinal);
        }
        return html;
    }

    private static (int Widest, int ScrollWidth, int InnerWidth, string Name) Measure(string page, int viewport, string profile)
    {
        var psi = new ProcessStartInfo(Chromium!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + Path.Combine(profile, "chromium"),
            $"--window-size={Math.Max(viewport, 500) + 50},1000", "--virtual-time-budget=5000", "--dump-dom", new Uri(page).AbsoluteUri,
        })
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "chromium did not finish in 60 s");
        var match = MeasureLine().Match(dom);
        Assert.True(match.Success, "no measurement in the dumped DOM; chromium said: " + stderr.Result);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), match.Groups[4].Value);
    }

    [GeneratedRegex(@"MEASURE\|(\d+)\|(\d+)\|(\d+)\|([^<]*)")]
    private static partial Regex MeasureLine();
}
