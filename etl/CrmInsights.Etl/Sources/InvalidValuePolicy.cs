namespace CrmInsights.Etl.Sources;

/// <summary>What an unreadable value in an optional field does to its row (<c>InvalidOptionalValues</c>).</summary>
public static class InvalidValuePolicy
{
    /// <summary>The field is stored as NULL with a field-level warning; the row loads (default).</summary>
    public const string Null = "Null";

    /// <summary>The row is rejected, as an unreadable required field rejects it.</summary>
    public const string Reject = "Reject";

    /// <summary>The accepted settings.</summary>
    public static IReadOnlyList<string> All { get; } = [Null, Reject];

    /// <summary>True when <paramref name="setting"/> is unset or one of <see cref="All"/> (case-insensitive).</summary>
    public static bool IsValid(string? setting) => setting is null || All.Contains(setting, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the setting rejects the row (unset means <see cref="Null"/>).</summary>
    public static bool Rejects(string? setting) => string.Equals(setting, Reject, StringComparison.OrdinalIgnoreCase);
}
