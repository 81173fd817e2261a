using CrmInsights.Etl.Checks;

namespace CrmInsights.Etl.Loading;

/// <summary>Every statement the load, the checks and the status queries send, for the ScriptDom test and reviews.</summary>
public static class LoadSqlCatalog
{
    /// <summary>All statements (names are unique).</summary>
    public static IReadOnlyList<LoadStatement> All { get; } =
    [
        .. BatchStatements.All,
        .. DateCoverage.All,
        .. ReprocessStatements.All,
        .. EntityLoaders.InLoadOrder.SelectMany(l => l.Statements),
        .. ReplayStatements.All,
        .. DataCheckCatalog.All.Select(c => c.Statement),
        .. CheckStatements.All,
        .. StatusStatements.All,
        .. ResumeStatements.All,
    ];

    /// <summary>True when <paramref name="statement"/> is catalogued (same name and text).</summary>
    public static bool Contains(LoadStatement statement) => All.Any(s => s == statement);
}
