using System.Text.RegularExpressions;

namespace CrmInsights.Warehouse.Engine;

/// <summary>
/// The one parameter-marker rule. Our statements are written once, in T-SQL, with <c>@name</c> markers (a letter or
/// underscore, then letters, digits or underscores); SQL Server gets the text as written, DuckDB gets each marker as
/// <c>$name</c>. An <c>@</c> right after a letter, digit or another <c>@</c> (an address in a literal, <c>@@ROWCOUNT</c>)
/// is not a marker and stays as it is. Values never enter the text: they travel as parameters of these names.
/// </summary>
public static partial class ParameterMarkers
{
    /// <summary>The marker for <paramref name="name"/> on <paramref name="engine"/>: "@name" on SQL Server, "$name" on DuckDB.</summary>
    public static string For(WarehouseEngineKind engine, string name) => (engine == WarehouseEngineKind.DuckDb ? "$" : "@") + name;

    /// <summary>The text of a statement written with <c>@name</c> markers, as <paramref name="engine"/> takes it.</summary>
    public static string Rewrite(string sql, WarehouseEngineKind engine)
    {
        ArgumentNullException.ThrowIfNull(sql);
        return engine == WarehouseEngineKind.SqlServer ? sql : Marker().Replace(sql, m => For(engine, m.Groups["name"].Value));
    }

    [GeneratedRegex(@"(?<![@\w])@(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Marker();
}
