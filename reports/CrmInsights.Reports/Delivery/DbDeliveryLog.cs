using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using Dapper;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// <see cref="IDeliveryLog"/> over the <c>etl.ReportDelivery</c> table through the one command helper
/// (<see cref="EngineCommand"/>, Dapper). The SQL is the subset SQL Server and DuckDB both run; only the parameter
/// marker differs (<see cref="ParameterMarkers"/>), the engine told by the connection type.
/// </summary>
public sealed partial class DbDeliveryLog(Func<DbConnection> connectionFactory, TimeProvider timeProvider, TimeSpan claimLease) : IDeliveryLog
{
    private const int MaxErrorLength = 2000;

    /// <inheritdoc/>
    public async Task<bool> TryBeginAsync(string reportName, string period, string recipient, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            var inserted = await ExecuteAsync(connection, InsertClaimSql, cancellationToken,
                ("report", reportName), ("period", period), ("recipient", recipient), ("sending", DeliveryStatus.Sending), ("now", now));
            if (inserted == 1)
            {
                return true;
            }
        }
        catch (DbException)
        {
            // A concurrent run inserted the same key between our NOT EXISTS check and the insert
            // (unique constraint); fall through to the re-claim path, which will not match its live claim.
        }
        var reclaimed = await ExecuteAsync(connection, ReclaimSql, cancellationToken,
            ("sending", DeliveryStatus.Sending), ("now", now), ("report", reportName), ("period", period), ("recipient", recipient),
            ("failed", DeliveryStatus.Failed), ("cutoff", now - claimLease));
        return reclaimed == 1;
    }

    /// <inheritdoc/>
    public async Task MarkSentAsync(string reportName, string period, string recipient, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, MarkSentSql, cancellationToken,
            ("sent", DeliveryStatus.Sent), ("now", Now()), ("report", reportName), ("period", period), ("recipient", recipient));
    }

    /// <inheritdoc/>
    public async Task MarkFailedAsync(string reportName, string period, string recipient, string failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, MarkFailedSql, cancellationToken,
            ("failed", DeliveryStatus.Failed), ("error", failure.Length > MaxErrorLength ? failure[..MaxErrorLength] : failure),
            ("report", reportName), ("period", period), ("recipient", recipient), ("sent", DeliveryStatus.Sent));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string reportName, string period, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(Define(connection, ListSql, cancellationToken, ("report", reportName), ("period", period)));
        var rows = new List<DeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeliveryRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetDateTime(5), reader.GetDateTime(6),
                reader.IsDBNull(7) ? null : reader.GetDateTime(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return rows;
    }

    private DateTime Now()
    {
        // Whole milliseconds in UTC: both engines store them exactly, so comparisons round-trip.
        var t = timeProvider.GetUtcNow().UtcDateTime;
        return new DateTime(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Unspecified);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = connectionFactory();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }
        return connection;
    }

    private static Task<int> ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.ExecuteAsync(Define(connection, sql, cancellationToken, parameters));

    /// <summary>The command (<see cref="EngineCommand"/>) for a catalogued statement; throws for any other text, and for a DuckDB-only one on another engine.</summary>
    internal static CommandDefinition Define(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var duckDb = connection.GetType().Name.StartsWith("DuckDB", StringComparison.Ordinal);
        if (!Statements.Values.Contains(sql, StringComparer.Ordinal) && !(duckDb && DuckDbOnlyStatements.Values.Any(s => string.Equals(s.Sql, sql, StringComparison.Ordinal))))
        {
            throw new InvalidOperationException($"The delivery log was asked to send a statement that is not in DbDeliveryLog.Statements{(duckDb ? "" : " (DuckDB-only statements go to DuckDB only)")}: {sql}");
        }
        return EngineCommand.Define(duckDb ? WarehouseEngineKind.DuckDb : WarehouseEngineKind.SqlServer, sql, null, cancellationToken, parameters);
    }
}
