using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Etl.Tests;

/// <summary>The generated SCD type 1 statements (their effect on a warehouse is ScdTests' in CrmInsights.Loading.Tests).</summary>
public sealed class Scd1StatementsTests
{
    private static readonly Scd1Column[] Columns = [new("Name"), new("Since", "SinceUtc"), new("SinceKey", Compared: false)];

    [Fact]
    public void Update_SetsEveryColumn_ComparesOnlyComparedOnes_ParsesAsOneStatement()
    {
        var update = Scd1Statements.Update("Thing", "SrcThing", "ThingId", Columns, newerOnly: "s.SinceUtc >= Thing.Since");

        Assert.Equal("Thing.Update", update.Name);
        Assert.Contains("SET Name = s.Name, Since = s.SinceUtc, SinceKey = s.SinceKey, IsInferred = 0, BatchId = @BatchId", update.TSql, StringComparison.Ordinal);
        Assert.Contains("WHERE s.BatchId = @BatchId AND Thing.ThingId = s.ThingId\n  AND (s.SinceUtc >= Thing.Since)", update.TSql, StringComparison.Ordinal);
        Assert.Contains("AND (Thing.IsInferred = 1 OR Thing.Name IS DISTINCT FROM s.Name OR Thing.Since IS DISTINCT FROM s.SinceUtc);", update.TSql, StringComparison.Ordinal);
        AssertOneStatement(update.TSql);
    }

    [Fact]
    public void Insert_KeyAndColumnsOfNewMembers_ParsesAsOneStatement()
    {
        var insert = Scd1Statements.Insert("Thing", "SrcThing", "ThingId", Columns);

        Assert.Equal("Thing.Insert", insert.Name);
        Assert.Contains("INSERT INTO dim.Thing (ThingId, Name, Since, SinceKey, IsInferred, BatchId)", insert.TSql, StringComparison.Ordinal);
        Assert.Contains("SELECT s.ThingId, s.Name, s.SinceUtc, s.SinceKey, 0, @BatchId", insert.TSql, StringComparison.Ordinal);
        Assert.Contains("NOT EXISTS (SELECT 1 FROM dim.Thing AS d WHERE d.ThingId = s.ThingId)", insert.TSql, StringComparison.Ordinal);
        AssertOneStatement(insert.TSql);
    }

    [Fact]
    public void CampaignUpdate_SentDateKeyIsSetButNotCompared()
    {
        Assert.Contains("SentDateKey = s.SentDateKey", CampaignLoader.Update.TSql, StringComparison.Ordinal);
        Assert.DoesNotContain("SentDateKey IS DISTINCT FROM", CampaignLoader.Update.TSql, StringComparison.Ordinal);
        Assert.Contains("Campaign.SentAtUtc IS DISTINCT FROM s.SentAtUtc", CampaignLoader.Update.TSql, StringComparison.Ordinal);
    }

    private static void AssertOneStatement(string sql)
    {
        var (script, errors) = TSqlParsing.Parse(sql);
        Assert.True(errors.Count == 0, TSqlParsing.Describe(errors));
        Assert.Single(Assert.Single(script!.Batches).Statements);
    }
}
