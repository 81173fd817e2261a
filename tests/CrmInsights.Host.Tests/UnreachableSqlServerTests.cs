using CrmInsights.Host.Cli;

namespace CrmInsights.Host.Tests;

/// <summary>
/// The real executable pointed at a SQL Server that refuses connections (port 1 on this machine): every
/// verb that needs the warehouse exits "unavailable" (4) with one sentence naming server and database, and
/// the connection string's password appears nowhere in what it prints.
/// </summary>
public sealed class UnreachableSqlServerTests : IDisposable
{
    private const string Password = "Sup3r-Secret!";
    private readonly TestWorkspace _workspace = new(withWarehouse: false);

    [Theory]
    [InlineData("serve")]
    [InlineData("status")]
    [InlineData("etl run")]
    [InlineData("snapshot")]
    [InlineData("report run --report crm-monthly --period 2025-12")]
    [InlineData("warehouse deploy")]
    public async Task Verb_ServerRefusesConnections_ExitsUnavailable_NeverPrintsThePassword(string verb)
    {
        var (code, printed) = await CliProcess.RunAsync([.. verb.Split(' '), "--workspace", _workspace.Paths.Root], new Dictionary<string, string>
        {
            ["ConnectionStrings__Warehouse"] = $"Server=127.0.0.1,1;Database=Crm;User Id=svc;Password={Password};Connect Timeout=2;TrustServerCertificate=true",
        });

        Assert.True(code == ExitCodes.Environment, $"exit {code}:\n{printed}");
        Assert.Contains("127.0.0.1,1", printed, StringComparison.Ordinal);
        Assert.Contains("cannot be", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, printed, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();
}
