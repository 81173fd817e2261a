using System.Security.Cryptography;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.Schema;
using DuckDB.NET.Data;
using static CrmInsights.Warehouse.Tests.DuckDb.DuckDbTestSql;

namespace CrmInsights.Warehouse.Tests.DuckDb;

[Collection(ModelGroup.Name)]
public sealed class DuckDbSchemaFingerprintTests(ModelFixture fixture) : IDisposable
{
    private const string ProductFile = "schema/dim/Product.sql";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task EnsureSchema_FingerprintMatches_RunsNothingBuildsNoModelAndLeavesTheFileAlone()
    {
        var path = Copy();
        var catalogBefore = CatalogObjects(path);
        var bytesBefore = Hash(path);
        using var schema = WarehouseSchemaSource.Embedded();

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(schema);

        Assert.True(report.WasCurrent);
        Assert.Equal(0, report.StatementsExecuted);
        Assert.Equal(schema.Fingerprint, report.Fingerprint);
        Assert.False(schema.IsModelBuilt);
        // Re-created views or tables would get new catalogue oids; a write would change the file.
        Assert.Equal(catalogBefore, CatalogObjects(path));
        Assert.Equal(bytesBefore, Hash(path));
    }

    [Fact]
    public async Task EnsureSchema_Force_RunsTheWholeUpgradeOnACurrentFile()
    {
        var path = Copy();
        using var schema = WarehouseSchemaSource.FromModel(fixture.Model);

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(schema, force: true);

        Assert.False(report.WasCurrent);
        Assert.True(report.StatementsExecuted > fixture.Model.ViewScripts.Count);
        Assert.Equal(fixture.Model.ViewScripts.Count, report.ViewsCreated.Count);
        Assert.Empty(report.TablesCreated);
    }

    [Fact]
    public async Task EnsureSchema_SchemaResourceChanged_UpgradesAndRecordsTheNewFingerprint()
    {
        var path = Copy();
        using var changed = WarehouseSchemaSource.FromScripts(WithProductColour());
        Assert.NotEqual(Stored(path), changed.Fingerprint);

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(changed);
        var again = await new DuckDbWarehouse(path).EnsureSchemaAsync(changed);

        Assert.False(report.WasCurrent);
        Assert.Equal(["dim.Product.Colour"], report.ColumnsAdded);
        Assert.Equal(changed.Fingerprint, Stored(path));
        Assert.True(again.WasCurrent);
        Assert.Equal(0, again.StatementsExecuted);
    }

    [Theory]
    [InlineData("ALTER TABLE")]
    [InlineData("append")]
    [InlineData("CREATE VIEW")]
    [InlineData("COMMENT ON")]
    [InlineData("INSERT INTO")]
    public async Task Apply_FailsPartWay_CommitsNothingAndTheNextOpenRepairs(string failAt)
    {
        var path = Copy();
        var before = Stored(path);
        using (var connection = Open(path))
        {
            // The file lacks a reference row too, so the upgrade has an append to fail in.
            Execute(connection, "DELETE FROM dim.Touchpoint WHERE TouchpointKey = 1");
        }

        using var changed = WarehouseSchemaSource.FromScripts(WithProductColour());
        using (var connection = Open(path))
        {
            var ex = Assert.Throws<IOException>(() => DuckDbSchemaInitializer.Apply(connection, changed.Model, changed.Fingerprint, TimeProvider.System.GetUtcNow(), statement =>
            {
                if (statement.StartsWith(failAt, StringComparison.Ordinal))
                {
                    throw new IOException("simulated crash at " + statement);
                }
            }));
            Assert.Contains(failAt, ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Stored(path));
        Assert.Empty(Query(path, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'dim' AND table_name = 'Product' AND column_name = 'Colour'"));

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(changed);

        Assert.Equal(["dim.Product.Colour"], report.ColumnsAdded);
        Assert.Equal(1, report.SeedRowsInserted);
        Assert.Equal(changed.Fingerprint, Stored(path));
        Assert.Equal(["Store"], Query(path, "SELECT TouchpointName FROM dim.Touchpoint WHERE TouchpointKey = 1"));
    }

    [Fact]
    public void ReadFingerprint_ReadOnlyConnection_ReadsWithoutWriting()
    {
        var path = Copy();
        var bytesBefore = Hash(path);
        using var connection = new DuckDBConnection($"Data Source={path};access_mode=READ_ONLY");
        connection.Open();

        using var schema = WarehouseSchemaSource.FromModel(fixture.Model);

        Assert.Equal(schema.Fingerprint, DuckDbSchemaInitializer.ReadFingerprint(connection));
        connection.Close();
        Assert.Equal(bytesBefore, Hash(path));
    }

    [Fact]
    public void ReadFingerprint_NewFile_IsNull()
    {
        using var connection = Open(_temp.File($"new-{Guid.NewGuid():N}.duckdb"));

        Assert.Null(DuckDbSchemaInitializer.ReadFingerprint(connection));
    }

    [Fact]
    public void Compute_SameFilesAnyOrder_SameValue_AnyTextChange_NewValue()
    {
        var scripts = SchemaScripts.LoadEmbedded();

        var fingerprint = SchemaFingerprint.Compute(scripts);

        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.Equal(fingerprint, SchemaFingerprint.Compute(scripts.Reverse().ToList()));
        Assert.NotEqual(fingerprint, SchemaFingerprint.Compute(scripts.Select(s => s.Name == ProductFile ? s with { Text = s.Text + " " } : s).ToList()));
        Assert.NotEqual(fingerprint, SchemaFingerprint.Compute(scripts.Where(s => s.Name != ProductFile).ToList()));
    }

    private static List<SchemaScript> WithProductColour() => SchemaScripts.LoadEmbedded()
        .Select(s => s.Name == ProductFile
            ? s with { Text = s.Text.Replace("    CONSTRAINT [PK_dim_Product]", "    [Colour] nvarchar(50) NULL,\n    CONSTRAINT [PK_dim_Product]", StringComparison.Ordinal) }
            : s)
        .ToList();

    private string Copy()
    {
        var path = _temp.File($"wh-{Guid.NewGuid():N}.duckdb");
        File.Copy(fixture.DuckDbTemplatePath, path);
        return path;
    }

    private static string? Stored(string path)
    {
        using var connection = Open(path);
        return DuckDbSchemaInitializer.ReadFingerprint(connection);
    }

    private static List<string> CatalogObjects(string path) => Query(path, """
        SELECT schema_name || '.' || table_name || ':' || CAST(table_oid AS VARCHAR) FROM duckdb_tables()
        UNION ALL SELECT schema_name || '.' || view_name || ':' || CAST(view_oid AS VARCHAR) FROM duckdb_views() WHERE NOT internal
        ORDER BY 1
        """);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static List<string> Query(string path, string sql)
    {
        using var connection = Open(path);
        return DuckDbTestSql.Query(connection, sql);
    }

    public void Dispose() => _temp.Dispose();
}
