using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.ReferenceData;
using CrmInsights.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;

namespace CrmInsights.Warehouse.LiveTests;

/// <summary>Deployment facts only a real server can show: tables, types, seeds, masking.</summary>
[Collection(SqlServerGroup.Name)]
public sealed class SqlServerDeploymentTests(SqlServerFixture fixture)
{
    [SkippableFact]
    public async Task Deploy_Model_SeedsReferenceRows()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using var connection = new SqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(SqlServerStatements.CountSeededRows, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(ReferenceRows.All.Single(s => s.FullName == "dim.Date").Rows.Count, reader.GetInt32(0));
        Assert.Equal(1, reader.GetInt32(1));
        Assert.Equal(5, reader.GetInt32(2));
    }

    [SkippableFact]
    public async Task Deploy_Model_ColumnsMatchTheModelAndTheDuckDbMapping()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using var connection = new SqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand("SELECT TABLE_SCHEMA + '.' + TABLE_NAME + '.' + COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN ('dim','fact','etl','stage','quartz')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var actual = new List<string>();
        while (await reader.ReadAsync())
        {
            actual.Add(reader.GetString(0));
        }

        var expected = fixture.Model.Tables.SelectMany(t => t.Columns.Select(c => $"{t.FullName}.{c.Name}")).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.All(fixture.Model.Tables.SelectMany(t => t.Columns), c => Assert.NotEmpty(DuckDbTypeMap.Map(c)));
    }

    [SkippableFact]
    public async Task Analyst_SelectsCustomer_SeesMaskedEmail()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await fixture.ResetAsync();
        await using var connection = new SqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        const string sql = """
            INSERT INTO dim.Customer (CustomerId, Email, ValidFromUtc, ValidToUtc, IsCurrent) VALUES (N'C1', N'ann@example.com', '2025-01-01', '9999-12-31', 1);
            IF USER_ID(N'live_analyst') IS NULL CREATE USER live_analyst WITHOUT LOGIN;
            ALTER ROLE crm_analyst ADD MEMBER live_analyst;
            EXECUTE AS USER = N'live_analyst';
            SELECT Email FROM dim.Customer WHERE CustomerId = N'C1';
            REVERT;
            """;
        await using var command = new SqlCommand(sql, connection);
        var email = (string?)await command.ExecuteScalarAsync();

        Assert.NotEqual("ann@example.com", email);
        Assert.StartsWith("a", email);
        Assert.Contains("XXX", email);
    }

    [SkippableFact]
    public void Deploy_SameDacpacAgain_LeavesNothingToChange()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        using var temp = new TempFile();
        DacpacBuilder.Build(fixture.Model, temp.Path);

        SqlServerDeployer.Deploy(fixture.ConnectionString, temp.Path, allowDataLoss: false);

        using var package = Microsoft.SqlServer.Dac.DacPackage.Load(temp.Path);
        var script = new Microsoft.SqlServer.Dac.DacServices(fixture.ConnectionString)
            .GenerateDeployScript(package, SqlServerDeployer.DatabaseName(fixture.ConnectionString), DeployScripts.Options());
        Assert.DoesNotContain("CREATE TABLE", script);
        Assert.DoesNotContain("ALTER TABLE", script);
    }

    private sealed class TempFile : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"live-{Guid.NewGuid():N}.dacpac");

        public void Dispose() => File.Delete(Path);
    }
}
