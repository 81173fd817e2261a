using System.Text;

namespace CrmInsights.Warehouse.Engine;

/// <summary>
/// The one parameter-marker rule. Our statements are written once, in T-SQL, with <c>@name</c> markers (a letter or
/// underscore, then letters, digits or underscores); SQL Server gets the text as written, DuckDB gets each marker as
/// <c>$name</c>. Not a marker, and left as it is: an <c>@</c> right after a letter, digit, underscore or another
/// <c>@</c> (<c>a@b</c>, <c>@@ROWCOUNT</c>), and anything inside a string literal (<c>'x@example.com'</c>), a quoted
/// identifier (<c>"@x"</c>) or a comment (<c>-- @x</c>, <c>/* @x */</c>), where a rewrite would change data or meaning.
/// Square brackets are not skipped: in DuckDB text they are lists (<c>[@a, @b]</c>). Values never enter the text:
/// they travel as parameters of these names.
/// </summary>
public static class ParameterMarkers
{
    /// <summary>The marker for <paramref name="name"/> on <paramref name="engine"/>: "@name" on SQL Server, "$name" on DuckDB.</summary>
    public static string For(WarehouseEngineKind engine, string name) => (engine == WarehouseEngineKind.DuckDb ? "$" : "@") + name;

    /// <summary>The text of a statement written with <c>@name</c> markers, as <paramref name="engine"/> takes it.</summary>
    public static string Rewrite(string sql, WarehouseEngineKind engine)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (engine == WarehouseEngineKind.SqlServer)
        {
            return sql;
        }

        var text = new StringBuilder(sql.Length);
        var copied = 0;
        foreach (var (start, name) in Markers(sql))
        {
            text.Append(sql, copied, start - copied).Append(For(engine, name));
            copied = start + 1 + name.Length;
        }
        return text.Append(sql, copied, sql.Length - copied).ToString();
    }

    /// <summary>The names (without <c>@</c>) of the markers in <paramref name="sql"/>, each once, by this rule.</summary>
    public static IReadOnlySet<string> Names(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        return Markers(sql).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static List<(int Start, string Name)> Markers(string sql)
    {
        var markers = new List<(int, string)>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                i = AfterQuoted(sql, i, c);
            }
            else if (c == '-' && Next(sql, i) == '-')
            {
                var end = sql.IndexOf('\n', i);
                i = end < 0 ? sql.Length : end + 1;
            }
            else if (c == '/' && Next(sql, i) == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 2;
            }
            else if (c == '@' && (i == 0 || !IsWordOrAt(sql[i - 1])) && i + 1 < sql.Length && IsNameStart(sql[i + 1]))
            {
                var end = i + 2;
                while (end < sql.Length && IsNamePart(sql[end]))
                {
                    end++;
                }
                markers.Add((i, sql[(i + 1)..end]));
                i = end;
            }
            else
            {
                i++;
            }
        }
        return markers;
    }

    // A doubled quote inside is the quote character itself ('it''s'), as in both dialects.
    private static int AfterQuoted(string sql, int open, char quote)
    {
        var i = open + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (Next(sql, i) != quote)
                {
                    return i + 1;
                }
                i++;
            }
            i++;
        }
        return sql.Length;
    }

    private static char Next(string sql, int i) => i + 1 < sql.Length ? sql[i + 1] : '\0';

    private static bool IsWordOrAt(char c) => c == '@' || c == '_' || char.IsLetterOrDigit(c);

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    private static bool IsNamePart(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);
}
