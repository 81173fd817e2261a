namespace CrmInsights.Etl.Sources;

/// <summary>The canonical source kinds (names used in paths, configuration and etl.batch).</summary>
public static class SourceKinds
{
    /// <summary>Point of sale.</summary>
    public const string Pos = "pos";

    /// <summary>Web analytics.</summary>
    public const string Web = "web";

    /// <summary>Email marketing.</summary>
    public const string Email = "email";

    /// <summary>Surveys.</summary>
    public const string Survey = "survey";

    /// <summary>All kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [Pos, Web, Email, Survey];
}
