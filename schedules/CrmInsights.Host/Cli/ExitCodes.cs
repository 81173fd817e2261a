namespace CrmInsights.Host.Cli;

/// <summary>Documented exit codes of every verb (README: "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The job ran and failed, or an unexpected error occurred (logged whole).</summary>
    public const int Failed = 1;
    /// <summary>Bad command line or configuration: the message names every bad key and value.</summary>
    public const int Configuration = 2;
    /// <summary>An input file or argument cannot be used.</summary>
    public const int Input = 3;
    /// <summary>Something outside the tool is unavailable: SQL Server, SMTP, a held lock.</summary>
    public const int Environment = 4;
    /// <summary>Data checks at error level failed (reports are held).</summary>
    public const int Data = 5;
    /// <summary>etl: every batch that could be read loaded, but at least one file was quarantined (its .reason.txt says why).</summary>
    public const int Quarantined = 6;
    /// <summary>Stopped by Ctrl+C or SIGTERM before finishing; the running batch was rolled back.</summary>
    public const int Cancelled = 130;
}
