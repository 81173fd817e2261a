using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Warehouse.Tests;

// The product runs with InvariantGlobalization, where Windows cannot map IANA ids through ICU; these
// show the resolver maps in both directions itself, so a Windows id works on Linux and an IANA id on Windows.
public sealed class TimeZonesTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "Europe/London", "GMT Standard Time" },
        { "America/New_York", "Eastern Standard Time" },
        { "Europe/Berlin", "W. Europe Standard Time" },
        { "Australia/Sydney", "AUS Eastern Standard Time" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TryFind_IanaAndWindowsIds_SameOffsetsAcrossTheYear(string iana, string windows)
    {
        Assert.True(TimeZones.TryFind(iana, out var fromIana));
        Assert.True(TimeZones.TryFind(windows, out var fromWindows));
        for (var day = new DateTimeOffset(2025, 1, 1, 0, 30, 0, TimeSpan.Zero); day.Year == 2025; day = day.AddHours(7))
        {
            Assert.Equal(fromIana.GetUtcOffset(day), fromWindows.GetUtcOffset(day));
        }
    }

    [Fact]
    public void TryFind_SurroundingSpaces_Trimmed() =>
        Assert.True(TimeZones.TryFind("  Europe/London ", out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void TryFind_UnknownOrEmpty_False(string? id) =>
        Assert.False(TimeZones.TryFind(id, out _));

    [Fact]
    public void Find_Unknown_ThrowsNamingTheId()
    {
        var error = Assert.Throws<TimeZoneNotFoundException>(() => TimeZones.Find("Mars/Olympus_Mons"));
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }
}
