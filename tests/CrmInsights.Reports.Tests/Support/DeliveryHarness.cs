using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using DuckDB.NET.Data;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrmInsights.Reports.Tests.Support;

/// <summary>A delivery log in a DuckDB temp file plus the sample report definition; each <see cref="NewDelivery"/> is a "process restart".</summary>
public sealed class DeliveryHarness : IDisposable
{
    private readonly TempDir _dir = new();

    public DeliveryHarness()
    {
        DbPath = Path.Combine(_dir.Path, "warehouse.duckdb");
        using var c = Connect();
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "CREATE SCHEMA IF NOT EXISTS etl; " + DbDeliveryLog.CreateTableSql;
        cmd.ExecuteNonQuery();
    }

    public string DbPath { get; }

    public string OutDir => Path.Combine(_dir.Path, "out");

    public string Root => _dir.Path;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 4, 2, 7, 0, 0, TimeSpan.Zero));

    public ReportsOptions Reports { get; } = new()
    {
        Definitions = [Definition()],
        Targets = new(StringComparer.OrdinalIgnoreCase) { ["nps"] = 35m },
    };

    public DuckDBConnection Connect() => new($"Data Source={DbPath}");

    public DbDeliveryLog Log() => new(Connect, Clock, TimeSpan.FromMinutes(30));

    public static ReportDefinition Definition() => new()
    {
        Name = "Monthly CRM",
        Owner = "owner@example.com",
        Recipients =
        [
            new() { Email = "hq@example.com", DisplayName = "Head Office", AllowPersonalData = true },
            new() { Email = "north@example.com", DisplayName = "North <Region> Manager", Region = "North" },
            new() { Email = "s001@example.com", DisplayName = "Store 1 Manager", Store = "S001" },
        ],
    };

    public static SmtpOptions Smtp(int port, int attempts = 2, int backoffMs = 50) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SecureSocketOptions.None,
        From = "reports@example.com",
        MaxAttempts = attempts,
        InitialBackoffMs = backoffMs,
        TimeoutSeconds = 10,
    };

    public ReportDelivery NewDelivery(SmtpOptions smtp, IMessageTransport? transport = null) =>
        new(Reports, smtp, transport ?? new SmtpTransport(smtp, NullLogger<SmtpTransport>.Instance), Log(), Clock, NullLogger<ReportDelivery>.Instance);

    public static DataHealth Healthy => new(SamplePacks.HealthyDataQuality());

    // Delivery tests need the slice's numbers, not every chart: one trend and no segment charts keep each build quick.
    public static KpiPack Pack(ISliceFilter slice)
    {
        var pack = SamplePacks.Build(slice);
        return pack with { Trends = pack.Trends.Take(1).ToList(), Rfm = [], Pareto = [] };
    }

    public void Dispose() => _dir.Dispose();
}
