using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Warehouse.Model;

/// <summary>
/// Checks that a mart view stays in the SQL subset both engines run identically: no TOP/LIMIT-style
/// row limits, no engine date/time functions (join dim.Date instead), no bracketed identifiers
/// (DuckDB does not read them), no N'' literals.
/// </summary>
public static class MartViewRules
{
    private static readonly HashSet<string> ForbiddenFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "GETDATE", "GETUTCDATE", "SYSDATETIME", "SYSUTCDATETIME", "SYSDATETIMEOFFSET", "CURRENT_TIMESTAMP",
        "DATEADD", "DATEDIFF", "DATEDIFF_BIG", "DATEPART", "DATENAME", "DATEFROMPARTS", "DATETRUNC", "EOMONTH",
        "YEAR", "MONTH", "DAY", "ISDATE", "FORMAT", "CONVERT", "TRY_CONVERT", "IIF", "ISNULL", "LEN", "CHARINDEX",
    };

    /// <summary>Every rule the view breaks; empty when it is portable.</summary>
    public static IReadOnlyList<string> Check(ViewScript view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var problems = new List<string>();
        var (tree, errors) = TSqlParsing.Parse(view.CreateStatement);
        if (tree is null || errors.Count > 0)
        {
            problems.Add($"does not parse as T-SQL: {TSqlParsing.Describe(errors)}");
            return problems;
        }

        var visitor = new Visitor(problems);
        tree.Accept(visitor);
        return problems;
    }

    private sealed class Visitor(List<string> problems) : TSqlFragmentVisitor
    {
        public override void Visit(TopRowFilter node) => problems.Add($"line {node.StartLine}: TOP is not portable (DuckDB has LIMIT); rank with ROW_NUMBER() instead.");

        public override void Visit(OffsetClause node) => problems.Add($"line {node.StartLine}: OFFSET/FETCH is not allowed in a view.");

        public override void Visit(FunctionCall node)
        {
            if (ForbiddenFunctions.Contains(node.FunctionName.Value))
            {
                problems.Add($"line {node.StartLine}: {node.FunctionName.Value}() is engine-specific; use dim.Date attributes or CASE.");
            }
        }

        public override void Visit(ParameterlessCall node) => problems.Add($"line {node.StartLine}: {node.ParameterlessCallType} is engine-specific.");

        public override void Visit(Identifier node)
        {
            if (node.QuoteType == QuoteType.SquareBracket)
            {
                problems.Add($"line {node.StartLine}: [{node.Value}] uses brackets, which DuckDB does not read; use a plain or \"double-quoted\" name.");
            }
        }

        public override void Visit(StringLiteral node)
        {
            if (node.IsNational)
            {
                problems.Add($"line {node.StartLine}: N'{node.Value}' is T-SQL only; write '{node.Value}'.");
            }
        }
    }
}
