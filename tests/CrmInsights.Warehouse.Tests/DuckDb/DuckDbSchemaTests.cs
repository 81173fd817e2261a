using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using DuckDB.NET.Data;
using static CrmInsights.Warehouse.Tests.DuckDb.DuckDbTestSql;

namespace CrmInsights.Warehouse.Tests.DuckDb;

[Collection(ModelGroup.Name)]
public sealed class DuckDbSchemaTests(ModelFixture fixture) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Init_FromModel_HasExactlyTheModelTablesColumnsAndMappedTypes()
    {
        using var connection = OpenCopy();

        var actual = Query(connection, "SELECT c.table_schema || '.' || c.table_name || '.' || c.column_name || ':' || c.data_type FROM information_schema.columns AS c JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name WHERE t.table_type = 'BASE TABLE'");
        // Schema quartz is SQL Server only (Quartz's clustered job store); DuckDB runs the in-memory store.
        var expected = fixture.Model.Tables.Where(DuckDbDdl.Covers).SelectMany(t => t.Columns.Select(c => $"{t.FullName}.{c.Name}:{DuckDbTypeMap.Map(c)}")).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Contains("dim.Customer.CustomerKey:INTEGER", actual);
        Assert.Contains("fact.SalesLine.UnitPrice:DECIMAL(19,4)", actual);
        Assert.Contains("etl.Batch.StartedAtUtc:TIMESTAMP", actual);
        Assert.Contains("dim.Date.IsWeekend:BOOLEAN", actual);
        Assert.DoesNotContain(actual, c => c.StartsWith("quartz.", StringComparison.Ordinal));
        Assert.Contains(fixture.Model.Tables, t => t.Schema == "quartz");
    }

    [Fact]
    public void Init_FromModel_CreatesEveryViewAndEveryViewRuns()
    {
        using var connection = OpenCopy();

        var views = Query(connection, "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'VIEW' AND table_schema NOT IN ('information_schema', 'pg_catalog')");
        Assert.Equal(fixture.Model.ViewScripts.Select(v => v.FullName).Order(), views.Order());
        foreach (var view in fixture.Model.ViewScripts)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {view.Schema}.{view.Name}";
            using var reader = command.ExecuteReader();
            Assert.Equal(fixture.Model.Views.Single(v => v.FullName == view.FullName).Columns.Select(c => c.Name), Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        }
    }

    [Fact]
    public async Task Init_ForcedRerun_ChangesNothingButViews()
    {
        var path = Copy();
        using var schema = WarehouseSchemaSource.FromModel(fixture.Model);

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(schema, force: true);

        Assert.Empty(report.TablesCreated);
        Assert.Empty(report.ColumnsAdded);
        Assert.Equal(0, report.SeedRowsInserted);
        Assert.Equal(fixture.Model.ViewScripts.Count, report.ViewsCreated.Count);
    }

    [Fact]
    public async Task Init_ColumnMissingInFile_AddsItAndKeepsRows()
    {
        var path = Copy();
        using (var connection = Open(path))
        {
            // A file from an older build: the column is missing and the fingerprint is not this model's.
            Execute(connection, "ALTER TABLE dim.Product DROP COLUMN Brand");
            Execute(connection, "UPDATE etl.SchemaFingerprint SET Fingerprint = 'older'");
        }

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(fixture.Model);

        Assert.Equal(["dim.Product.Brand"], report.ColumnsAdded);
        using var check = Open(path);
        Assert.Equal(["UNKNOWN"], Query(check, "SELECT Sku FROM dim.Product WHERE Brand IS NULL"));
    }

    [Fact]
    public async Task Init_WarehouseFromBeforeFieldWarnings_AddsTheCountZeroForEarlierBatches()
    {
        var path = Copy();
        using (var connection = Open(path))
        {
            Execute(connection, "ALTER TABLE etl.Batch DROP COLUMN FieldWarnings");
            Execute(connection, "INSERT INTO etl.Batch (Source, Entity, FileName, ContentHash, StartedAtUtc, Status) VALUES ('pos', 'customers', 'c.csv', repeat('a', 64), TIMESTAMP '2026-01-01 00:00:00', 'Succeeded')");
            Execute(connection, "UPDATE etl.SchemaFingerprint SET Fingerprint = 'older'");
        }

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(fixture.Model);

        Assert.Equal(["etl.Batch.FieldWarnings"], report.ColumnsAdded);
        using var check = Open(path);
        Assert.Equal(["c.csv|0"], Query(check, "SELECT FileName || '|' || CAST(FieldWarnings AS VARCHAR) FROM etl.Batch"));
    }

    [Fact]
    public async Task Init_FileFromAnOlderBuild_KeyedEmptyStageTableLosesItsKey_InterimLookupIndexesAreDropped()
    {
        var path = Copy();
        using (var connection = Open(path))
        {
            // A file from an older build: stage tables with the model's primary key (one of them holding a row), an interim
            // build's leading-column lookup indexes (not crash-safe on DuckDB: DuckDbDdl.DropLookupIndexes), and not this
            // model's fingerprint.
            Execute(connection, "CREATE INDEX IX_fact_SalesLine_OrderId ON fact.SalesLine (OrderId)");
            Execute(connection, "CREATE INDEX IX_dim_Customer_CustomerId ON dim.Customer (CustomerId)");
            Execute(connection, "DROP TABLE stage.PosOrderLine");
            Execute(connection, "CREATE TABLE stage.PosOrderLine (BatchId BIGINT, RowNumber BIGINT, OrderId VARCHAR, PRIMARY KEY (BatchId, RowNumber))");
            Execute(connection, "DROP TABLE stage.PosProduct");
            Execute(connection, "CREATE TABLE stage.PosProduct (BatchId BIGINT, RowNumber BIGINT, PRIMARY KEY (BatchId, RowNumber))");
            Execute(connection, "INSERT INTO stage.PosProduct VALUES (1, 1)");
            Execute(connection, "UPDATE etl.SchemaFingerprint SET Fingerprint = 'older'");
        }

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(fixture.Model);

        Assert.Contains("stage.PosOrderLine", report.TablesCreated);
        Assert.DoesNotContain("stage.PosProduct", report.TablesCreated);
        using var check = Open(path);
        Assert.Equal(["stage.PosProduct"], Query(check, "SELECT schema_name || '.' || table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND schema_name = 'stage'"));
        Assert.Equal(["1"], Query(check, "SELECT CAST(COUNT(*) AS VARCHAR) FROM stage.PosProduct"));
        Assert.Empty(Query(check, "SELECT index_name FROM duckdb_indexes() WHERE index_name LIKE 'IX_%'"));
    }

    [Fact]
    public async Task Init_FileFromAnOlderBuild_KeyedCustomerMonthWithRows_RebuiltWithoutItsKeyKeepingEveryRow()
    {
        var path = Copy();
        using (var connection = Open(path))
        {
            // A file from before fact.CustomerMonth dropped its DuckDB key (DuckDbDdl.RewrittenByDerive): the table with the
            // model's key and two snapshot rows, and not this model's fingerprint.
            Assert.Empty(Query(connection, "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND table_name = 'CustomerMonth'"));
            var columns = Query(connection, "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'fact' AND table_name = 'CustomerMonth'").Single();
            Execute(connection, "DROP TABLE fact.CustomerMonth");
            Execute(connection, $"CREATE TABLE fact.CustomerMonth ({columns}, PRIMARY KEY (YearMonthKey, CustomerId))");
            Execute(connection, "INSERT INTO fact.CustomerMonth (YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin, Frequency, MonetaryValue, IsActive, IsNew, IsLapsed, HistoricalClv, SnapshotAtUtc) VALUES (202401, 'C1', 1, 20240131, 2, 3, 10.5, 4.25, 1, 10.5, 1, 1, 0, 10.5, TIMESTAMP '2024-02-01 00:00:00'), (202401, 'C2', 2, 20240131, 1, 1, 5, 2, 0, 5, 1, 1, 0, 5, TIMESTAMP '2024-02-01 00:00:00')");
            Execute(connection, "UPDATE etl.SchemaFingerprint SET Fingerprint = 'older'");
        }

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(fixture.Model);

        Assert.Contains("fact.CustomerMonth", report.TablesCreated);
        using var check = Open(path);
        Assert.Empty(Query(check, "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND table_name = 'CustomerMonth'"));
        Assert.Equal(["202401|C1|10.5000|4.2500", "202401|C2|5.0000|2.0000"],
            Query(check, "SELECT CAST(YearMonthKey AS VARCHAR) || '|' || CustomerId || '|' || CAST(Revenue AS VARCHAR) || '|' || CAST(Margin AS VARCHAR) FROM fact.CustomerMonth ORDER BY CustomerId"));
        check.Close();
        // Rebuilt once: a forced re-run finds the table as the model wants it.
        using var schema = WarehouseSchemaSource.FromModel(fixture.Model);
        var again = await new DuckDbWarehouse(path).EnsureSchemaAsync(schema, force: true);
        Assert.DoesNotContain("fact.CustomerMonth", again.TablesCreated);
    }

    [Fact]
    public async Task Init_FileFromAnOlderBuild_KeyedSalesLineWithRows_RebuiltWithoutItsKeysKeepingRowsAndSequence()
    {
        var path = Copy();
        using (var connection = Open(path))
        {
            // A file from before the loaded facts dropped their DuckDB keys (DuckDbDdl.KeyedByLoader): fact.SalesLine with
            // the model's primary key and UNIQUE (OrderId, LineNumber), holding a line, and not this model's fingerprint.
            Assert.Empty(Query(connection, "SELECT constraint_type FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND table_name = 'SalesLine'"));
            var columns = Query(connection, "SELECT string_agg(column_name || ' ' || data_type || CASE WHEN column_default IS NULL THEN '' ELSE ' DEFAULT ' || column_default END, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'fact' AND table_name = 'SalesLine'").Single();
            Execute(connection, "DROP TABLE fact.SalesLine");
            Execute(connection, $"CREATE TABLE fact.SalesLine ({columns}, PRIMARY KEY (SalesLineKey), UNIQUE (OrderId, LineNumber))");
            Execute(connection, "INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, Currency, PointsEarned, PointsRedeemed, BatchId) VALUES ('O1', 1, TIMESTAMP '2024-01-05 10:00:00', 20240105, -1, 1, 1, 2, 3.5, 0, 0, 'GBP', 0, 0, 7)");
            Execute(connection, "UPDATE etl.SchemaFingerprint SET Fingerprint = 'older'");
        }

        var report = await new DuckDbWarehouse(path).EnsureSchemaAsync(fixture.Model);

        Assert.Contains("fact.SalesLine", report.TablesCreated);
        using var check = Open(path);
        Assert.Empty(Query(check, "SELECT constraint_type FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND table_name = 'SalesLine'"));
        var first = Query(check, "SELECT CAST(SalesLineKey AS VARCHAR) || '|' || OrderId || '|' || CAST(UnitPrice AS VARCHAR) FROM fact.SalesLine").Single();
        Assert.EndsWith("|O1|3.5000", first);
        // The surrogate key's sequence carries on past the kept row.
        Execute(check, "INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, Currency, PointsEarned, PointsRedeemed, BatchId) VALUES ('O2', 1, TIMESTAMP '2024-01-05 11:00:00', 20240105, -1, 1, 1, 1, 1, 0, 0, 'GBP', 0, 0, 8)");
        Assert.Equal(["2"], Query(check, "SELECT CAST(COUNT(DISTINCT SalesLineKey) AS VARCHAR) FROM fact.SalesLine"));
    }

    [Fact]
    public async Task Init_ColumnTypeDrifted_RefusesListingTheColumn()
    {
        var path = Copy();
        using (var connection = Open(path))
        {
            Execute(connection, "ALTER TABLE etl.Watermark ALTER COLUMN WatermarkValue TYPE INTEGER");
            Execute(connection, "DELETE FROM etl.SchemaFingerprint");
        }

        var ex = await Assert.ThrowsAsync<WarehouseSchemaDriftException>(() => new DuckDbWarehouse(path).EnsureSchemaAsync(fixture.Model));

        Assert.Contains("etl.Watermark.WatermarkValue is INTEGER, the model wants VARCHAR", ex.Message);
    }

    [Fact]
    public void Views_Every_ParsesAsTSqlAndKeepsToThePortableSubset()
    {
        Assert.NotEmpty(fixture.Model.ViewScripts);
        foreach (var view in fixture.Model.ViewScripts)
        {
            var (_, errors) = TSqlParsing.Parse(view.CreateStatement);
            Assert.True(errors.Count == 0, $"{view.FullName}: {TSqlParsing.Describe(errors)}");
            Assert.True(MartViewRules.Check(view).Count == 0, $"{view.FullName}: {string.Join("; ", MartViewRules.Check(view))}");
        }
    }

    [Fact]
    public void MartViewRules_NonPortableView_ReportsEachProblem()
    {
        var view = new ViewScript("mart", "Bad", "CREATE VIEW mart.Bad AS SELECT TOP 5 DATEADD(day, 1, b.StartedAtUtc) AS d, [b].[Source] FROM etl.Batch AS b WHERE b.Status = N'x'", "test");

        var problems = MartViewRules.Check(view);

        Assert.Contains(problems, p => p.Contains("TOP"));
        Assert.Contains(problems, p => p.Contains("DATEADD"));
        Assert.Contains(problems, p => p.Contains("brackets"));
        Assert.Contains(problems, p => p.Contains("N'x'"));
    }

    private string Copy()
    {
        var path = _temp.File($"wh-{Guid.NewGuid():N}.duckdb");
        File.Copy(fixture.DuckDbTemplatePath, path);
        return path;
    }

    private DuckDBConnection OpenCopy() => Open(Copy());

    public void Dispose() => _temp.Dispose();
}
