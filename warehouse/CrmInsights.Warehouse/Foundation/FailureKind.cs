namespace CrmInsights.Warehouse.Foundation;

/// <summary>The kinds of expected failure; the executable maps each to a documented exit code.</summary>
public enum FailureKind
{
    /// <summary>Configuration is missing or invalid.</summary>
    Configuration,
    /// <summary>Input (a file, an argument) cannot be used.</summary>
    Input,
    /// <summary>Something outside the tool is unavailable (server, SMTP, lock held).</summary>
    Environment,
    /// <summary>The data failed a check at error level.</summary>
    Data,
}
