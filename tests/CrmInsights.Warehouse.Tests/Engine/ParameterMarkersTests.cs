using CrmInsights.Warehouse.Engine;
using DuckDB.NET.Data;

namespace CrmInsights.Warehouse.Tests.Engine;

public sealed class ParameterMarkersTests
{
    private const WarehouseEngineKind Duck = WarehouseEngineKind.DuckDb;

    [Theory]
    [InlineData("SELECT @a", "SELECT $a")]
    [InlineData("WHERE x = @BatchId AND y=@_y1", "WHERE x = $BatchId AND y=$_y1")]
    [InlineData("(@a,@b)", "($a,$b)")]
    [InlineData("x=@a\n", "x=$a\n")]
    [InlineData("@a", "$a")]
    public void Rewrite_DuckDb_RewritesEveryMarker(string sql, string expected) =>
        Assert.Equal(expected, ParameterMarkers.Rewrite(sql, Duck));

    [Theory]
    [InlineData("SELECT 'x@example.com'")]
    [InlineData("SELECT 'it''s @a'")]
    [InlineData("SELECT N'@a'")]
    [InlineData("SELECT \"@a\" FROM t")]
    [InlineData("SELECT 1 -- @a is not bound here")]
    [InlineData("SELECT /* @a\n @b */ 1")]
    [InlineData("SELECT @@ROWCOUNT")]
    [InlineData("SELECT a@b FROM t")]
    [InlineData("SELECT x_@y, 9@z")]
    [InlineData("SELECT @1, @ a, @")]
    [InlineData("SELECT 'unterminated @a")]
    public void Rewrite_DuckDb_LeavesWhatIsNotAMarker(string sql) =>
        Assert.Equal(sql, ParameterMarkers.Rewrite(sql, Duck));

    [Fact]
    public void Rewrite_DuckDb_MarkersAroundLiteralsAndComments_RewritesOnlyThoseOutside()
    {
        const string sql = "SELECT @a, 'mail ''@a'' to x@y.org', \"@a\" -- @a\n, /* @a */ @a||@b FROM t WHERE e = 'a@b' AND f=@c";

        Assert.Equal(
            "SELECT $a, 'mail ''@a'' to x@y.org', \"@a\" -- @a\n, /* @a */ $a||$b FROM t WHERE e = 'a@b' AND f=$c",
            ParameterMarkers.Rewrite(sql, Duck));
    }

    [Fact]
    public void Rewrite_DuckDb_RepeatedAndPrefixNames_EachMarkerWhole()
    {
        Assert.Equal("$a = $a OR $ab = $a_b OR $abc > $a",
            ParameterMarkers.Rewrite("@a = @a OR @ab = @a_b OR @abc > @a", Duck));
    }

    [Fact]
    public void Rewrite_DuckDb_ListBrackets_AreNotSkipped()
    {
        // DuckDB text uses [] for lists, so a marker inside one is a marker.
        Assert.Equal("SELECT [$a, $b]", ParameterMarkers.Rewrite("SELECT [@a, @b]", Duck));
    }

    [Theory]
    [InlineData("SELECT @a, 'x@y' -- @b")]
    [InlineData("SELECT @@ROWCOUNT, @x")]
    public void Rewrite_SqlServer_TextAsWritten(string sql) =>
        Assert.Same(sql, ParameterMarkers.Rewrite(sql, WarehouseEngineKind.SqlServer));

    [Fact]
    public void Names_RepeatedMarkers_EachNameOnce_NoneFromLiteralsCommentsOrSystemFunctions()
    {
        var names = ParameterMarkers.Names("SELECT @a, @b, @a, @ab, @@ROWCOUNT, 'x@c.org', '@d' /* @e */ -- @f\n FROM t WHERE u = a@g");

        Assert.Equal(["a", "ab", "b"], names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(WarehouseEngineKind.SqlServer, "@x")]
    [InlineData(WarehouseEngineKind.DuckDb, "$x")]
    public void For_Engine_ItsSpelling(WarehouseEngineKind engine, string expected) =>
        Assert.Equal(expected, ParameterMarkers.For(engine, "x"));

    [Fact]
    public void Rewrite_DuckDb_RunsWithLiteralIntactAndValueBound()
    {
        // The rewritten text on a real DuckDB: the literal comes back unchanged and the marker takes the parameter.
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ParameterMarkers.Rewrite("SELECT 'to x@example.com, not @a' || ' ' || @a -- @a", Duck);
        command.Parameters.Add(new DuckDBParameter("a", "bound"));

        Assert.Equal("to x@example.com, not @a bound", command.ExecuteScalar());
    }
}
