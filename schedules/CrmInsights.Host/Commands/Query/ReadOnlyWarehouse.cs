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

    /// <summary>On SQL Server, refuses anything but one SELECT statement (no SELECT INTO), parsed with ScriptDom.</summary>
    public static void CheckSingleSelect(DbConnection connection, string sql)
    {
        if (connection is not SqlConnection)
        {
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
            throw new ExpectedFailureException(FailureKind.Input, "Only a single SELECT (or WITH ... SELECT) statement is allowed; the warehouse is read-only here.");
        }
    }
}
