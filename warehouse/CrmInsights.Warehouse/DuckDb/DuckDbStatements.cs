namespace CrmInsights.Warehouse.DuckDb;

/// <summary>The fixed statements the DuckDB engine runs (DDL is generated from the model by <see cref="DuckDbDdl"/>).</summary>
public static class DuckDbStatements
{
    /// <summary>Every column of every user table and view, with its DuckDB type.</summary>
    public const string Columns = """
        SELECT table_schema, table_name, column_name, data_type
        FROM information_schema.columns
        WHERE table_catalog = current_database()
          AND table_schema NOT IN ('information_schema', 'pg_catalog')
        ORDER BY table_schema, table_name, ordinal_position
        """;

    /// <summary>Every base table (not views).</summary>
    public const string Tables = """
        SELECT table_schema, table_name
        FROM information_schema.tables
        WHERE table_catalog = current_database() AND table_type = 'BASE TABLE'
        """;

    /// <summary>Every table that has a primary key or a UNIQUE key (schema, table).</summary>
    public const string TablesWithKeys = """
        SELECT DISTINCT schema_name, table_name
        FROM duckdb_constraints()
        WHERE database_name = current_database() AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')
        """;
}
