using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace CrmInsights.Reports.Tests.Support;

/// <summary>A real SMTP server: Debian's aiosmtpd with the Mailbox handler, on a free local port.</summary>
public sealed class SmtpServer : IDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly TempDir _dir = new();
    private Process? _process;

    public SmtpServer(int? port = null) => Port = port ?? FreePort();

    public int Port { get; }

    public string MailDir => Path.Combine(_dir.Path, "mail");

    public static bool Available =>
        File.Exists(Python) && Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true, UseShellExecute = false })!.WaitForExitAndCode() == 0;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Start()
    {
        var psi = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir })
        {
            psi.ArgumentList.Add(a);
        }
        _process = Process.Start(psi)!;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException ex)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException("aiosmtpd exited: " + _process.StandardError.ReadToEnd(), ex);
                }
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException($"aiosmtpd did not listen on port {Port}");
    }

    public IReadOnlyList<MimeMessage> Messages()
    {
        var dir = Path.Combine(MailDir, "new");
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _dir.Dispose();
    }
}

internal static class ProcessExtensions
{
    public static int WaitForExitAndCode(this Process p)
    {
        p.WaitForExit();
        var code = p.ExitCode;
        p.Dispose();
        return code;
    }
}
