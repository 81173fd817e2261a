using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;
using DuckDB.NET.Data;

namespace CrmInsights.Etl.Tests;

public class DatabaseExtractorTests
{
    [Fact]
    public async Task Extract_WithWatermark_ReturnsOnlyNewerRowsAndNextMark()
    {
        using var ws = new TestWorkspace();
        var dbPath = Path.Combine(ws.Root, "source.duckdb");
        await using (var c = new DuckDBConnection($"Data Source={dbPath}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE customers (customer_id VARCHAR, email VARCHAR, signup_date DATE, loyalty_tier VARCHAR, changed TIMESTAMP);
                INSERT INTO customers VALUES
                  ('C1', ' A@X.com ', DATE '2025-01-01', 'gold',   TIMESTAMP '2026-05-01 10:00:00'),
                  ('C2', NULL,        DATE '2025-02-01', 'silver', TIMESTAMP '2026-05-01 11:00:00'),
                  ('C3', 'bad-email', DATE '2025-03-01', NULL,     TIMESTAMP '2026-05-01 12:00:00');
                """;
            await cmd.ExecuteNonQueryAsync();
        }

        ws.Options.Sources["crm"] = new SourceOptions
        {
            Kind = SourceKinds.Pos,
            Format = SourceFormat.Database,
            Database = new DatabaseSourceOptions
            {
                Provider = "DuckDB.NET.Data.DuckDBClientFactory, DuckDB.NET.Data",
                ConnectionString = $"Data Source={dbPath}",
                Queries =
                {
                    ["customers"] = new DatabaseQueryOptions
                    {
                        Sql = "SELECT customer_id, email, signup_date, loyalty_tier, changed AS updated_at FROM customers WHERE $since IS NULL OR changed > $since ORDER BY changed",
                        WatermarkColumn = "updated_at",
                    },
                },
            },
            Entities = { ["customers"] = new EntityMappingOptions { Fields = { ["updated_at"] = new FieldMappingOptions { Column = "updated_at", TimeZone = "Etc/UTC" } } } },
        };

        var first = await ws.Database.ExtractAsync("crm", "customers", since: null);
        // C3's email is unreadable: the optional field is stored as NULL with a warning and the customer loads.
        Assert.Equal((3L, 3L, 0L, 1L), (first.RowsRead, first.RowsAccepted, first.RowsRejected, first.FieldWarnings));
        Assert.Equal(("email", "invalid_email"), (first.Warnings[0].Field, first.Warnings[0].Code));
        Assert.Equal("2026-05-01T12:00:00.0000000+00:00", first.NewWatermark);
        var rows = await TestWorkspace.ReadAllAsync<CustomerRecord>(first);
        Assert.Equal(("C1", "a@x.com", new DateOnly(2025, 1, 1)), (rows[0].CustomerId, rows[0].Email, rows[0].SignupDate));

        var second = await ws.Database.ExtractAsync("crm", "customers", since: "2026-05-01T10:30:00+00:00");
        Assert.Equal(2L, second.RowsRead);
        Assert.Equal("2026-05-01T12:00:00.0000000+00:00", second.NewWatermark);

        var none = await ws.Database.ExtractAsync("crm", "customers", since: first.NewWatermark);
        Assert.Equal((0L, first.NewWatermark), (none.RowsRead, none.NewWatermark));
        Assert.NotEqual(first.Identity.ContentHash, second.Identity.ContentHash);
    }
}
