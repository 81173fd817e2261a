using CrmInsights.Host.Cli;
using CrmInsights.Warehouse.DuckDb;

namespace CrmInsights.Host.Tests.Robustness;

/// <summary>
/// Issue 18, item 5: a warehouse file that cannot be opened is exit 4 (an environment problem the message explains), not
/// exit 1, for the loading and the reading verbs alike; the message names the recovery verb; nothing is changed until the
/// operator runs it; and the recovery verb, then <c>etl run</c>, loads the files still in the inbox.
/// </summary>
public sealed class UnopenableWarehouseTests : IDisposable
{
    private readonly TestWorkspace _workspace = new(withWarehouse: false);

    [Fact]
    public async Task EtlRunAndStatus_WarehouseFileNotDuckDb_Exit4NamingRecover_NothingChanged_RecoverThenRunLoads()
    {
        var garbage = new byte[16384];
        new Random(18).NextBytes(garbage);
        File.WriteAllBytes(_workspace.Paths.WarehouseFile, garbage);
        var inbox = Path.Combine(_workspace.Paths.Root, "inbox", "pos");
        Directory.CreateDirectory(inbox);
        var stores = Path.Combine(inbox, "stores-2024-01-01.csv");
        File.WriteAllText(stores, "store_id,name,channel,city,region,country,opened_on\nS1,High Street,store,Leeds,Yorkshire,GB,2015-01-01\n");
        var root = _workspace.Paths.Root;

        foreach (var verb in new[] { new[] { "etl", "run" }, ["status"] })
        {
            var (code, output) = await CliProcess.RunAsync([.. verb, "--workspace", root], CliProcess.TakeAtOnce);
            Assert.True(code == ExitCodes.Environment, $"{string.Join(' ', verb)}: exit {code}\n{output}");
            Assert.Contains("cannot be opened", output, StringComparison.Ordinal);
            Assert.Contains(DuckDbDurableFile.RecoverVerb, output, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bat CrmInsights\.", output); // an expected failure: one sentence, no stack trace
        }

        Assert.Equal(garbage, File.ReadAllBytes(_workspace.Paths.WarehouseFile));
        Assert.True(File.Exists(stores), "nothing was taken from the inbox");

        var (recovered, recoverOutput) = await CliProcess.RunAsync(["warehouse", "recover", "--workspace", root], CliProcess.TakeAtOnce);
        Assert.True(recovered == ExitCodes.Success, recoverOutput);
        var aside = Assert.Single(Directory.EnumerateFiles(root, "warehouse.duckdb.unreadable-*"));
        Assert.Equal(garbage, File.ReadAllBytes(aside));

        var (loaded, loadOutput) = await CliProcess.RunAsync(["etl", "run", "--workspace", root], CliProcess.TakeAtOnce);
        Assert.True(loaded == ExitCodes.Success, loadOutput);
        Assert.False(File.Exists(stores));
        using var connection = _workspace.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT StoreName FROM dim.Store WHERE StoreId = 'S1'";
        Assert.Equal("High Street", command.ExecuteScalar());
    }

    public void Dispose() => _workspace.Dispose();
}
