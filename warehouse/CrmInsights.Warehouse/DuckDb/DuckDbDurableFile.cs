using CrmInsights.Warehouse.Foundation;
using DuckDB.NET.Data;

namespace CrmInsights.Warehouse.DuckDb;

/// <summary>
/// Keeps the DuckDB file openable after a kill at any instant. DuckDB 1.5 cannot replay some schema statements from its
/// write-ahead log (a WAL holding <c>COMMENT ON COLUMN</c> fails with "GetDefaultDatabase with no default database set"
/// and the file never opens again), so schema changes never reach a WAL that a crash could leave behind: they are applied
/// to a side copy (<c>&lt;file&gt;.schema-build</c>), checkpointed and closed, and the copy is renamed over the file in
/// one atomic step. A kill before the rename leaves the old file (or none) and a stale copy, removed at the next ensure;
/// after it, the new file complete, with no WAL. Data batches only ever write data to the WAL, which replays.
/// </summary>
public static class DuckDbDurableFile
{
    /// <summary>The verb that rebuilds an unreadable file from the lake (named by every "cannot be opened" message).</summary>
    public const string RecoverVerb = "crm-insights warehouse recover";

    /// <summary>The side copy a schema change is built in.</summary>
    public static string BuildPath(string databasePath) => databasePath + ".schema-build";

    /// <summary>Removes the side copy (and its WAL) a killed schema change left behind; the real file is never touched.</summary>
    public static void RemoveStaleBuild(string databasePath)
    {
        var build = BuildPath(databasePath);
        File.Delete(build);
        File.Delete(build + ".wal");
    }

    /// <summary>Forces everything committed into the main file, so the WAL is empty.</summary>
    public static void Checkpoint(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "CHECKPOINT";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Turns a failure to open an existing file into the operator's failure (exit 4) naming the recovery verb; a file held by
    /// another process stays a database error (callers retry those).
    /// </summary>
    public static Exception? Explain(string databasePath, DuckDBException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        if (!File.Exists(databasePath) || message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var firstLine = message.Split('\n', 2)[0].Trim();
        if (firstLine.Length > 300)
        {
            firstLine = firstLine[..300] + "...";
        }

        return new ExpectedFailureException(FailureKind.Environment,
            $"The warehouse file {databasePath} cannot be opened ({firstLine}). Nothing was changed. Rebuild it from the lake with " +
            $"'{RecoverVerb}' (the unreadable file and its .wal are kept beside it as .unreadable-<time>), then run 'crm-insights etl run' " +
            "for the files still in the inbox.", error);
    }
}
