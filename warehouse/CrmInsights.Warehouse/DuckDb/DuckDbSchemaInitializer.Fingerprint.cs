using System.Data.Common;
using CrmInsights.Warehouse.Model;
using DuckDB.NET.Data;

namespace CrmInsights.Warehouse.DuckDb;

public static partial class DuckDbSchemaInitializer
{
    private const string FingerprintTable = "SchemaFingerprint";

    /// <summary>
    /// The fingerprint the file carries, or null when it carries none (a new file, one from before fingerprints,
    /// or one whose upgrade never committed). Only reads.
    /// </summary>
    public static string? ReadFingerprint(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        // duckdb_tables() first: selecting from a table that does not exist yet would be an error.
        command.CommandText = $"""
            SELECT COUNT(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'etl' AND table_name = '{FingerprintTable}'
            """;
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        command.CommandText = $"SELECT Fingerprint FROM etl.{FingerprintTable} WHERE Engine = $engine";
        command.Parameters.Add(new DuckDBParameter("engine", Schema.SchemaFingerprint.DuckDbEngine));
        return command.ExecuteScalar() as string;
    }

    private static void WriteFingerprint(Runner run, WarehouseModel model, string fingerprint, DateTimeOffset appliedAt)
    {
        // Identifiers from the model: the table must be in it (both engines have it; only DuckDB writes it).
        var table = model.GetTable("etl", FingerprintTable);
        var name = DuckDbSql.Quote(table.Schema, table.Name);
        run.Execute($"DELETE FROM {name} WHERE Engine = $engine", ("engine", Schema.SchemaFingerprint.DuckDbEngine));
        run.Execute(
            $"INSERT INTO {name} (Engine, Fingerprint, AppliedAtUtc) VALUES ($engine, $fingerprint, $at)",
            ("engine", Schema.SchemaFingerprint.DuckDbEngine),
            ("fingerprint", fingerprint),
            ("at", appliedAt.UtcDateTime));
    }

    /// <summary>Runs the statements of one apply in its transaction, telling the observer and counting.</summary>
    private sealed class Runner(DuckDBConnection connection, DbTransaction transaction, Action<string>? beforeStatement)
    {
        public DuckDBConnection Connection => connection;

        public DbTransaction Transaction => transaction;

        public int Count { get; private set; }

        public void Execute(string sql, params (string Name, object Value)[] parameters)
        {
            Notify(sql);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new DuckDBParameter(name, value));
            }

            command.ExecuteNonQuery();
        }

        /// <summary>For work that is not one SQL text (appender inserts): observed and counted all the same.</summary>
        public void Notify(string description)
        {
            beforeStatement?.Invoke(description);
            Count++;
        }
    }
}
