using Microsoft.Data.SqlClient;

namespace CrmInsights.Tests.Shared;

/// <summary>
/// A database of its own on the test SQL Server, created for a test run and dropped at its end.
/// Tests name the server through <see cref="ServerVariable"/>, never through ConnectionStrings__Warehouse:
/// that is the product's own warehouse, and a test run must not be able to deploy to it or empty it
/// (nor switch the product code under test to SQL Server by accident).
/// </summary>
internal sealed class ThrowawayDatabase : IAsyncDisposable
{
    /// <summary>A connection string naming the SQL Server the live tests may use; its database, if any, is ignored.</summary>
    public const string ServerVariable = "CRMINSIGHTS_TEST_SQLSERVER";

    private readonly string _master;
    private readonly string _name;

    private ThrowawayDatabase(string master, string name, string connectionString) =>
        (_master, _name, ConnectionString) = (master, name, connectionString);

    /// <summary>The connection string of the new, empty database.</summary>
    public string ConnectionString { get; }

    /// <summary>The test server's connection string from <see cref="ServerVariable"/>, or null when unset.</summary>
    public static string? ServerFromEnvironment() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Creates an empty database with a new name on the server of <paramref name="serverConnectionString"/>.</summary>
    public static async Task<ThrowawayDatabase> CreateAsync(string serverConnectionString)
    {
        var name = "crm_insights_test_" + Guid.NewGuid().ToString("N")[..12];
        var master = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = "master" }.ConnectionString;
        await ExecuteAsync(master, $"CREATE DATABASE [{name}];");
        return new ThrowawayDatabase(master, name, new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        await ExecuteAsync(_master, $"ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}];");
    }

    // The name is generated above, never taken from input.
    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
