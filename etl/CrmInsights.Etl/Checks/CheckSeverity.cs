namespace CrmInsights.Etl.Checks;

/// <summary>How much a failing check matters (stored as etl.CheckResult.Severity).</summary>
public enum CheckSeverity
{
    /// <summary>Recorded and shown; reports still go out.</summary>
    Warning,

    /// <summary>Blocks report delivery until a later run passes the check.</summary>
    Error,
}
