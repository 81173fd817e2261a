using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Warehouse.Model;

/// <summary>T-SQL parsing with ScriptDom at the model's language level (SQL Server 2022, TSql160).</summary>
public static class TSqlParsing
{
    /// <summary>Parses a script (GO batches allowed); returns the tree and every parse error.</summary>
    public static (TSqlScript? Script, IList<ParseError> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        return (fragment as TSqlScript, errors);
    }

    /// <summary>Formats parse errors as "line:column message" lines.</summary>
    public static string Describe(IEnumerable<ParseError> errors) =>
        string.Join(Environment.NewLine, errors.Select(e => $"{e.Line}:{e.Column} SQL{e.Number}: {e.Message}"));
}
