using System.Globalization;
using System.CommandLine;
using CrmInsights.Etl.Loading;
using CrmInsights.Host.Cli;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights warehouse recover</c>: the documented way back from a DuckDB file that cannot be opened (the message of
/// every verb that finds one names this verb). Under the warehouse lock the unreadable file and its WAL are moved aside
/// (kept, never deleted), then the warehouse is rebuilt from the lake exactly as <c>etl replay</c> does. Files still in
/// the inbox are loaded by the next <c>etl run</c>. A file that opens is left alone.
/// </summary>
internal static class WarehouseRecoverCommand
{
    public static Command Create()
    {
        var command = new Command("recover", "DuckDB: move an unreadable warehouse file aside (kept as .unreadable-<time>) and rebuild the warehouse from the lake.");
        command.SetRun(async (context, _, ct) =>
        {
            if (context.Get<IWarehouseEngine>() is not DuckDbWarehouse engine)
            {
                throw new ExpectedFailureException(FailureKind.Configuration,
                    "warehouse recover rebuilds the embedded DuckDB file; this workspace uses SQL Server (ConnectionStrings:Warehouse), which recovers itself.");
            }

            var options = context.Get<IOptions<WarehouseOptions>>().Value;
            string? movedTo;
            await using (await engine.AcquireForRunAsync(options, ct))
            {
                movedTo = await MoveAsideIfUnreadableAsync(engine, context.Get<TimeProvider>(), ct);
            }

            if (movedTo is null && File.Exists(engine.DatabasePath))
            {
                Console.WriteLine($"warehouse: {engine.DatabasePath} opens; nothing to recover ('crm-insights etl replay' rebuilds it from the lake anyway).");
                return ExitCodes.Success;
            }

            Console.WriteLine(movedTo is null
                ? $"warehouse: no file at {engine.DatabasePath}; rebuilding it from the lake"
                : $"warehouse: the unreadable file was moved to {movedTo}; rebuilding {engine.DatabasePath} from the lake");
            return EtlCommand.Report(context, await EtlCommand.WithProgressAsync((p, c) => context.Get<EtlPipeline>().ReplayAsync(p, c), ct));
        });
        return command;
    }

    private static readonly Option<bool> Rows = new("--rows") { Description = "Print every normalised row (tab-separated, prefixed by its table) instead of one line per table." };

    /// <summary>
    /// <c>crm-insights warehouse digest [--rows]</c>: one line per dim/fact/etl table (rows, SHA-256) with generated keys,
    /// run ids and processing times taken out (CrmInsights.Etl.Verification.WarehouseDigest), so two workspaces loaded
    /// from the same files can be compared; DuckDB only.
    /// </summary>
    public static Command Digest()
    {
        var command = new Command("digest", "DuckDB: per dim/fact/etl table, rows and a hash of their content without generated keys, run ids and processing times (compare two warehouses).") { Rows };
        command.SetRun(async (context, parse, ct) =>
        {
            if (context.Get<IWarehouseEngine>() is not DuckDbWarehouse engine || Preflight.MissingWarehouse(engine) is not null)
            {
                throw new ExpectedFailureException(FailureKind.Environment, "warehouse digest reads the workspace's DuckDB file, and there is none (or the workspace uses SQL Server).");
            }

            await using var connection = await engine.OpenConnectionAsync(ct);
            var digest = await CrmInsights.Etl.Verification.WarehouseDigest.ReadAsync(connection, context.Workspace.Root, ct);
            foreach (var line in parse.GetValue(Rows) ? digest.RowLines() : digest.SummaryLines())
            {
                Console.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The path the file was moved to, or null when it opens (or there is none).</summary>
    private static async Task<string?> MoveAsideIfUnreadableAsync(DuckDbWarehouse engine, TimeProvider time, CancellationToken ct)
    {
        var path = engine.DatabasePath;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var connection = await engine.OpenConnectionAsync(ct);
            return null;
        }
        catch (ExpectedFailureException)
        {
            // Unreadable (not merely held by another process, which stays a database error and stops this verb).
        }

        var target = path + ".unreadable-" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        File.Move(path, target);
        if (File.Exists(path + ".wal"))
        {
            File.Move(path + ".wal", target + ".wal");
        }

        return target;
    }
}
