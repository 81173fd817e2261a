using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.ReferenceData;
using DuckDB.NET.Data;

namespace CrmInsights.Warehouse.DuckDb;

/// <summary>
/// Creates or upgrades a DuckDB warehouse from the model, in one transaction: schemas, identity
/// sequences, tables (missing columns added, type drift refused), reference rows, the mart views exactly
/// as written, comments, and last the schema fingerprint (etl.SchemaFingerprint). Re-running on a current
/// database changes nothing but the views; a run that fails or crashes part-way commits nothing, not even
/// the fingerprint, so the next open runs it again.
/// </summary>
public static partial class DuckDbSchemaInitializer
{
    /// <summary>Brings the database on <paramref name="connection"/> to the model and records <paramref name="fingerprint"/>.</summary>
    /// <param name="connection">An open connection to the file.</param>
    /// <param name="model">The model to apply.</param>
    /// <param name="fingerprint">The model's <see cref="Schema.SchemaFingerprint"/>, written in the same transaction.</param>
    /// <param name="appliedAt">When the apply runs (written beside the fingerprint); the caller's clock.</param>
    /// <param name="beforeStatement">Called with each statement before it runs (tests count statements and inject failures).</param>
    public static SchemaChangeReport Apply(DuckDBConnection connection, WarehouseModel model, string fingerprint, DateTimeOffset appliedAt, Action<string>? beforeStatement = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        using var transaction = connection.BeginTransaction();
        var run = new Runner(connection, transaction, beforeStatement);
        var existing = ReadColumns(connection, transaction);
        var existingTables = ReadTables(connection, transaction);
        var keyed = ReadTables(connection, transaction, DuckDbStatements.TablesWithKeys);

        var drift = new List<string>();
        var created = new List<string>();
        var added = new List<string>();
        var statements = new List<string>();
        var tables = model.Tables.Where(DuckDbDdl.Covers).ToList();
        foreach (var schema in tables.Select(t => t.Schema).Concat(model.ViewScripts.Select(v => v.Schema)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            statements.Add($"CREATE SCHEMA IF NOT EXISTS {DuckDbSql.Quote(schema)}");
        }

        foreach (var table in tables)
        {
            statements.AddRange(DuckDbDdl.CreateSequences(table));
            if (existingTables.Contains(table.FullName) && keyed.Contains(table.FullName) && !DuckDbDdl.KeepsKeys(table))
            {
                if (IsEmpty(connection, transaction, table))
                {
                    // A file from before the table dropped its keys: an empty table is created again without them (DuckDB
                    // cannot drop a primary key or a UNIQUE constraint).
                    statements.Add($"DROP TABLE {DuckDbSql.Quote(table.Schema, table.Name)}");
                    existingTables.Remove(table.FullName);
                }
                else if (DuckDbDdl.RewrittenByDerive.Contains(table.FullName) || DuckDbDdl.KeyedByLoader.Contains(table.FullName))
                {
                    // A derived or loaded fact table holding rows is rebuilt without its keys, rows and all (inside this
                    // transaction, on the side copy: a crash leaves the file as it was). A stage table holding rows (not
                    // expected outside a transaction) keeps its key: still correct.
                    statements.AddRange(RebuildWithoutKey(table, existing));
                    created.Add(table.FullName);
                    continue;
                }
            }

            if (!existingTables.Contains(table.FullName))
            {
                statements.Add(DuckDbDdl.CreateTable(table));
                created.Add(table.FullName);
                continue;
            }

            foreach (var column in table.Columns)
            {
                var expected = DuckDbTypeMap.Map(column);
                if (!existing.TryGetValue($"{table.FullName}.{column.Name}", out var actual))
                {
                    statements.Add($"ALTER TABLE {DuckDbSql.Quote(table.Schema, table.Name)} ADD COLUMN {DuckDbDdl.ColumnDefinition(table, column, forAlter: true)}");
                    added.Add($"{table.FullName}.{column.Name}");
                }
                else if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
                {
                    drift.Add($"{table.FullName}.{column.Name} is {actual}, the model wants {expected}");
                }
            }
        }

        if (drift.Count > 0)
        {
            transaction.Rollback();
            throw new WarehouseSchemaDriftException(drift);
        }

        statements.AddRange(tables.SelectMany(DuckDbDdl.DropLookupIndexes));
        foreach (var statement in statements)
        {
            run.Execute(statement);
        }

        var seeded = Seed(run, model);
        var views = CreateViews(run, model);
        foreach (var comment in tables.Concat(model.Views).SelectMany(DuckDbDdl.Comments))
        {
            run.Execute(comment);
        }

        WriteFingerprint(run, model, fingerprint, appliedAt);
        transaction.Commit();
        return new SchemaChangeReport(created, added, seeded, views) { Fingerprint = fingerprint, StatementsExecuted = run.Count };
    }

    private static long Seed(Runner run, WarehouseModel model)
    {
        var (connection, transaction) = (run.Connection, run.Transaction);
        var columns = ReadColumnList(connection, transaction);
        long inserted = 0;
        foreach (var seed in ReferenceRows.All)
        {
            var table = model.GetTable(seed.Schema, seed.Name);
            var keyColumn = table.Column(seed.KeyColumn);
            var present = new HashSet<string>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = $"SELECT CAST({DuckDbSql.Quote(keyColumn.Name)} AS VARCHAR) FROM {DuckDbSql.Quote(table.Schema, table.Name)}";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    present.Add(reader.GetString(0));
                }
            }

            var missing = seed.Rows.Where(r => !present.Contains(Convert.ToString(r[seed.KeyIndex], System.Globalization.CultureInfo.InvariantCulture)!)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            run.Notify($"append {missing.Count} reference rows to {table.FullName}");
            using var appender = new DuckDbRowAppender(connection, table.Schema, table.Name, columns[table.FullName], seed.Columns);
            foreach (var row in missing)
            {
                appender.Append(row);
            }

            appender.Close();
            inserted += missing.Count;
        }

        return inserted;
    }

    private static List<string> CreateViews(Runner run, WarehouseModel model)
    {
        foreach (var view in model.ViewScripts)
        {
            run.Execute($"DROP VIEW IF EXISTS {DuckDbSql.Quote(view.Schema, view.Name)}");
        }

        // A failed statement aborts a DuckDB transaction, so views are created in dependency
        // order (from the model) and the first failure rolls the whole run back.
        var created = new List<string>();
        foreach (var view in model.ViewScriptsInDependencyOrder())
        {
            try
            {
                run.Execute(view.CreateStatement);
            }
            catch (DuckDBException ex)
            {
                throw new WarehouseModelException($"View {view.FullName} ({view.SourceName}) does not run on DuckDB: {ex.Message}", ex);
            }

            created.Add(view.FullName);
        }

        return created;
    }

    private static Dictionary<string, string> ReadColumns(DuckDBConnection connection, DbTransaction transaction)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (table, columns) in ReadColumnList(connection, transaction))
        {
            foreach (var column in columns)
            {
                result[$"{table}.{column.Name}"] = column.DataType;
            }
        }

        return result;
    }

    /// <summary>Every table's columns (name, DuckDB type) keyed by schema.table.</summary>
    internal static Dictionary<string, List<DuckDbRowAppender.TargetColumn>> ReadColumnList(DuckDBConnection connection, DbTransaction? transaction)
    {
        var result = new Dictionary<string, List<DuckDbRowAppender.TargetColumn>>(StringComparer.OrdinalIgnoreCase);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = DuckDbStatements.Columns;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0) + "." + reader.GetString(1);
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(new DuckDbRowAppender.TargetColumn(reader.GetString(2), reader.GetString(3)));
        }

        return result;
    }

    // Copies the columns the old table has into a table created from the model, then swaps the two.
    private static IEnumerable<string> RebuildWithoutKey(TableDefinition table, Dictionary<string, string> existing)
    {
        var rebuilt = table.Name + "__rebuilt";
        var columns = string.Join(", ", table.Columns.Where(c => existing.ContainsKey($"{table.FullName}.{c.Name}")).Select(c => DuckDbSql.Quote(c.Name)));
        yield return DuckDbDdl.CreateTable(table, rebuilt);
        yield return $"INSERT INTO {DuckDbSql.Quote(table.Schema, rebuilt)} ({columns}) SELECT {columns} FROM {DuckDbSql.Quote(table.Schema, table.Name)}";
        yield return $"DROP TABLE {DuckDbSql.Quote(table.Schema, table.Name)}";
        yield return $"ALTER TABLE {DuckDbSql.Quote(table.Schema, rebuilt)} RENAME TO {DuckDbSql.Quote(table.Name)}";
    }

    private static bool IsEmpty(DuckDBConnection connection, DbTransaction transaction, TableDefinition table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM {DuckDbSql.Quote(table.Schema, table.Name)}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    private static HashSet<string> ReadTables(DuckDBConnection connection, DbTransaction transaction, string query = DuckDbStatements.Tables)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0) + "." + reader.GetString(1));
        }

        return result;
    }
}
