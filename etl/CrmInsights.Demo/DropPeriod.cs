namespace CrmInsights.Demo;

/// <summary>
/// How much time one source file covers. A source system dropping one file per entity per day is
/// the canonical case; weekly or monthly drops give far fewer, larger files (the loader's cost is
/// mostly per file, so a quick demo uses them). Files are named by the period's first day.
/// </summary>
public enum DropPeriod
{
    /// <summary>One file per entity per day (<c>order_lines-2025-03-14.csv</c>).</summary>
    Day,

    /// <summary>One file per entity per ISO week, named by its Monday.</summary>
    Week,

    /// <summary>One file per entity per calendar month, named by its first day (<c>order_lines-2025-03-01.csv</c>).</summary>
    Month,
}
