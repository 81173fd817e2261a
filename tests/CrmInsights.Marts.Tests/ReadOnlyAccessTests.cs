using DuckDB.NET.Data;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class ReadOnlyAccessTests(MartFixture fixture)
{
    // The connection-string options the query/export verbs open DuckDB with.
    private string ReadOnly => $"Data Source={fixture.Engine.DatabasePath};access_mode=READ_ONLY;enable_external_access=false";

    [Fact]
    public async Task ReadOnlyConnection_SelectOnMart_Works()
    {
        await using var connection = new DuckDBConnection(ReadOnly);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM mart.Loyalty WHERE CutLevel = 'All'";

        // Three months, one All row each.
        Assert.Equal(3L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ReadOnlyConnection_WriteOrFileExport_Refused()
    {
        await using var connection = new DuckDBConnection(ReadOnly);
        await connection.OpenAsync();
        await using var write = connection.CreateCommand();
        write.CommandText = "DELETE FROM fact.CustomerMonth";
        await Assert.ThrowsAsync<DuckDBException>(() => write.ExecuteNonQueryAsync());

        await using var export = connection.CreateCommand();
        export.CommandText = $"COPY (SELECT 1) TO '{Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.csv'";
        await Assert.ThrowsAsync<DuckDBException>(() => export.ExecuteNonQueryAsync());
    }
}
