namespace CrmInsights.Warehouse.Model;

/// <summary>
/// A statement the code sends to DuckDB only, catalogued beside the T-SQL ones it cannot join: ScriptDom does not parse
/// it. <paramref name="Construct"/> is the DuckDB syntax in <paramref name="Sql"/> that T-SQL lacks; the catalogue tests
/// check that the text contains it, that the reason names it and that ScriptDom really rejects the text.
/// </summary>
/// <param name="Sql">The statement, with <c>@name</c> markers like every other.</param>
/// <param name="Construct">The DuckDB-only syntax the statement uses, as written in it (e.g. <c>read_csv</c>).</param>
/// <param name="Reason">Why the statement needs it, naming the construct.</param>
public sealed record DuckDbOnlyStatement(string Sql, string Construct, string Reason);
