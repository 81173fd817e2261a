using System.Diagnostics;

namespace CrmInsights.TestSupport;

/// <summary>Runs Debian's python (the second workbook reader, the SMTP server's probes) with a bound, so a hung script fails its test instead of the run.</summary>
internal static class PythonRunner
{
    public const string Python = "/usr/bin/python3";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Exit code and stdout + stderr; a run past <paramref name="timeout"/> (default 2 min) is killed and reported as exit -1.</summary>
    public static (int ExitCode, string Output) Run(TimeSpan? timeout, params string[] args)
    {
        var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        var bound = timeout ?? DefaultTimeout;
        if (!p.WaitForExit(bound))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, $"python {string.Join(' ', args)} did not finish within {bound.TotalSeconds:0} s and was killed.\n{stdout.Result}{stderr.Result}");
        }
        p.WaitForExit(); // drains the redirected streams
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public static (int ExitCode, string Output) Run(params string[] args) => Run(null, args);
}
