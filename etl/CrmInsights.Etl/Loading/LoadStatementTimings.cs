using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// Time spent per load statement (by <see cref="LoadStatement.Name"/>), summed over a run: the benchmark prints the
/// slowest, and each statement is logged at Debug. Costs one timestamp pair per statement.
/// </summary>
public sealed partial class LoadStatementTimings(ILogger logger)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Adds one execution of <paramref name="statement"/>.</summary>
    public void Record(LoadStatement statement, TimeSpan elapsed, long rows)
    {
        ArgumentNullException.ThrowIfNull(statement);
        Record(statement.Name, elapsed, rows);
    }

    /// <summary>Adds one execution of a step that is not a statement (the stage bulk load).</summary>
    public void Record(string name, TimeSpan elapsed, long rows)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var entry = _entries.GetOrAdd(name, _ => new Entry());
        lock (entry)
        {
            entry.Count++;
            entry.Elapsed += elapsed;
        }

        LogStatement(name, elapsed.TotalMilliseconds, rows);
    }

    /// <summary>Every statement run so far, slowest (total time) first.</summary>
    public IReadOnlyList<LoadStatementTiming> Slowest()
    {
        var result = new List<LoadStatementTiming>();
        foreach (var (name, entry) in _entries)
        {
            lock (entry)
            {
                result.Add(new LoadStatementTiming(name, entry.Count, entry.Elapsed));
            }
        }

        return result.OrderByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    [LoggerMessage(EventId = 4220, Level = LogLevel.Debug, Message = "Statement {Statement} ran in {ElapsedMs:0.0} ms ({Rows} rows)")]
    private partial void LogStatement(string statement, double elapsedMs, long rows);

    private sealed class Entry
    {
        public int Count;
        public TimeSpan Elapsed;
    }
}
