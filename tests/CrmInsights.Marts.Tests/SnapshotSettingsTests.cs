using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

public sealed class SnapshotSettingsTests(MartFixture fixture) : IClassFixture<MartFixture>
{
    [Fact]
    public async Task DeriveAsync_LapseDaysChanged_WritesSettingAndRebuildsAll()
    {
        var result = await fixture.CreateDeriver(new() { LapseDays = 45 }).DeriveAsync();

        Assert.Equal(202501, result.FromMonth);
        Assert.Equal(45, Num((await fixture.SingleAsync("SELECT LapseDays FROM mart.Config"))["LapseDays"]));
        // With 45 days: C1 (last 02-10) crosses on 03-27, in March. C2 would have crossed on 03-06 from 01-20,
        // but bought again on 03-01, so as of 31 March its line is 04-15: 1 lapsed (with 30 days it was 2).
        var row = await fixture.SingleAsync("SELECT LapsedCustomers FROM mart.Loyalty WHERE CutLevel = 'All' AND YearMonthKey = 202503");
        Assert.Equal(1, Num(row["LapsedCustomers"]));
    }
}
