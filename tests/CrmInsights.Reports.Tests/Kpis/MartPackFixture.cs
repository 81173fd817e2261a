using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Kpis;
using CrmInsights.Reports.Tests.Support;
using CrmInsights.Warehouse.DuckDb;
using Microsoft.Extensions.Time.Testing;

namespace CrmInsights.Reports.Tests.Kpis;

/// <summary>One fixture warehouse for the mart-query tests (loads 2025-03-21 22:00 UTC, a failing error check); the clock is 2025-04-01 06:00 UTC.</summary>
public sealed class MartPackFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();

    public static readonly DateTime LoadedAt = new(2025, 3, 21, 22, 0, 0, DateTimeKind.Utc);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 4, 1, 6, 0, 0, TimeSpan.Zero));

    public DuckDbWarehouse Engine { get; private set; } = null!;

    public ReportsOptions Options { get; } = new();

    public string Root => _dir.Path;

    public async Task InitializeAsync() =>
        Engine = await MartWarehouse.CreateAsync(Path.Combine(_dir.Path, "warehouse.duckdb"), LoadedAt, healthy: false);

    public MartKpiPackFactory Factory(DuckDbWarehouse? engine = null)
    {
        var e = engine ?? Engine;
        return new MartKpiPackFactory(e, Options, new MartDataHealthReader(e, Options, Clock), Clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();
}
