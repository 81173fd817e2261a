using System.Globalization;

namespace CrmInsights.Host.Tests;

/// <summary>The reason CA1305 is off in tests holds: every test thread runs on the invariant culture (tests/Shared/InvariantCulture.cs).</summary>
public sealed class CulturePinnedTests
{
    [Fact]
    public async Task TestThreads_RunOnTheInvariantCulture()
    {
        Assert.Equal(CultureInfo.InvariantCulture, CultureInfo.DefaultThreadCurrentCulture);
        Assert.Equal(CultureInfo.InvariantCulture, CultureInfo.CurrentCulture);
        var onPool = await Task.Run(() => CultureInfo.CurrentCulture);
        Assert.Equal(CultureInfo.InvariantCulture, onPool);
        Assert.Equal("1.5", 1.5.ToString());
    }
}
