using System.Data.Common;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.Model;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Host.Commands.Query;

/// <summary>
/// A read-only connection to the configured warehouse for analysts: DuckDB opened with
/// access_mode=READ_ONLY and external access disabled (no COPY TO / file reads); SQL Server with
/// ApplicationIntent=ReadOnly, and only a single SELECT (or WITH ... SELECT) statement is sent.
/// </summary>
internal static class ReadOnlyWarehouse
{
    public static async Task<DbConnection> OpenAsync(IConfiguration configuration, WorkspacePaths workspace, CancellationToken ct)
    {
        var sqlServer = configuration.GetConnectionString("Warehouse");
        DbConnection connection;
        if (!string.IsNullOrWhiteSpace(sqlServer))
        {
            var builder = new SqlConnectionStringBuilder(sqlServer) { ApplicationIntent = ApplicationIntent.ReadOnly };
            connection = new SqlConnection(builder.ConnectionString);
        }
        else
        {
            if (!File.Exists(workspace.WarehouseFile))
            {
                throw new ExpectedFailureException(FailureKind.Input, $"No warehouse at {workspace.WarehouseFile}; load data first or set ConnectionStrings__Warehouse.");
            }

            connection = new DuckDBConnection($"Data Source={workspace.WarehouseFile};access_mode=READ_ONLY;enable_external_access=false");
        }

        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            await connection.DisposeAsync();
            throw new ExpectedFailureException(FailureKind.Environment, $"Cannot open the warehouse read-only: {ex.Message}", ex);
        }
    }

    private const string SingleSelectOnly = "Only a single SELECT (or WITH ... SELECT) statement is allowed; the warehouse is read-only here.";

    /// <summary>
    /// Refuses anything but one SELECT statement, parsed by the engine's own grammar: ScriptDom on SQL Server (no SELECT
    /// INTO), DuckDB's parser on DuckDB (<c>json_serialize_sql</c>, which serialises SELECT statements only and lists each
    /// statement of the text, so a second statement or any other kind is refused before anything runs).
    /// </summary>
    public static async Task CheckSingleSelectAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        if (connection is DuckDBConnection duckDb)
        {
            await CheckDuckDbAsync(duckDb, sql, ct);
            return;
        }

        var (script, errors) = TSqlParsing.Parse(sql);
        if (errors.Count > 0 || script is null)
        {
            throw new ExpectedFailureException(FailureKind.Input, "The query does not parse as T-SQL: " + TSqlParsing.Describe(errors));
        }

        var statements = script.Batches.SelectMany(b => b.Statements).ToList();
        if (statements.Count != 1 || statements[0] is not SelectStatement select || select.Into is not null)
        {
            throw new ExpectedFailureException(FailureKind.Input, SingleSelectOnly);
        }
    }

    private static async Task CheckDuckDbAsync(DuckDBConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        // json_serialize_sql takes a constant, not a parameter. The text is the statement this verb would run anyway (on a
        // read-only connection), and doubling ' is the whole escape of a standard SQL string literal.
        command.CommandText = "SELECT json_serialize_sql('" + sql.Replace("'", "''", StringComparison.Ordinal) + "')";
        var json = (string?)await command.ExecuteScalarAsync(ct);
        using var parsed = System.Text.Json.JsonDocument.Parse(json ?? "{}");
        var root = parsed.RootElement;
        if (root.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            var message = root.TryGetProperty("error_message", out var m) ? m.GetString() : null;
            // "Only SELECT statements can be serialized to json!" is DuckDB's way of saying "not a SELECT".
            throw new ExpectedFailureException(FailureKind.Input, message is not null && message.Contains("Only SELECT", StringComparison.Ordinal)
                ? SingleSelectOnly
                : $"The query does not parse: {message}");
        }
        if (!root.TryGetProperty("statements", out var statements) || statements.GetArrayLength() != 1)
        {
            throw new ExpectedFailureException(FailureKind.Input, SingleSelectOnly);
        }
    }
}
