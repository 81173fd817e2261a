using CrmInsights.Etl.Sources.Readers;

namespace CrmInsights.Etl.Tests;

public class QuarantineTests
{
    [Theory]
    [InlineData("truncated", "order_id,line_number,ordered_at,store_id,sku,quantity,unit_price\nO1,1,2026-05-01T10:00:00Z,S1,A,1,\"1.0", "quoted field")]
    [InlineData("wrong-header", "id,when,where\n1,2,3\n", "required column")]
    [InlineData("empty", "", "empty")]
    public async Task Extract_UnreadableCsv_ThrowsAndQuarantineKeepsFileWithReason(string name, string text, string expected)
    {
        using var ws = new TestWorkspace();
        var file = ws.Drop("pos", $"order_lines-{name}.csv", text);

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.Extractor.ExtractAsync(file));
        Assert.Contains(expected, ex.Message, StringComparison.OrdinalIgnoreCase);
        var moved = ws.Disposition.Quarantine(file, ex.Message);

        Assert.False(File.Exists(file.FullPath));
        Assert.Equal(Path.Combine(ws.Root, "quarantine", "pos", file.Name), moved);
        Assert.Equal(text, File.ReadAllText(moved));
        Assert.Contains(ex.Message, File.ReadAllText(moved + ".reason.txt"));
        Assert.False(Directory.Exists(Path.Combine(ws.Root, "lake", "pos", "order_lines", "2026-05-02")) &&
                     Directory.EnumerateFiles(Path.Combine(ws.Root, "lake", "pos", "order_lines", "2026-05-02")).Any());
    }

    [Fact]
    public async Task Extract_NotUtf8_Unreadable()
    {
        using var ws = new TestWorkspace();
        var file = ws.DropBytes("survey", "responses-2026-05-01.csv", [.. "response_id,recorded_at\nR1,"u8, 0xC3, 0x28, 0xFF, 0xFE, (byte)'\n']);

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.Extractor.ExtractAsync(file));
        Assert.Contains("UTF-8", ex.Message);
    }

    [Fact]
    public async Task Extract_BinaryGarbage_Unreadable()
    {
        using var ws = new TestWorkspace();
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var file = ws.DropBytes("web", "events-2026-05-01.jsonl", bytes);

        await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.Extractor.ExtractAsync(file));
    }

    [Fact]
    public async Task Extract_CorruptParquet_Unreadable()
    {
        using var ws = new TestWorkspace();
        var file = ws.DropBytes("pos", "order_lines-2026-05-01.parquet", [.. "PAR1 this is not really parquet PAR1"u8]);

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.Extractor.ExtractAsync(file));
        Assert.Contains("Parquet", ex.Message);
    }

    [Fact]
    public async Task Extract_UnknownEntityInFileName_Unreadable()
    {
        using var ws = new TestWorkspace();
        var file = ws.Drop("pos", "../../etc-passwd.csv".Replace("../", "", StringComparison.Ordinal), "a\n1\n");

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.Extractor.ExtractAsync(file));
        Assert.Contains("not an entity", ex.Message);
    }

    [Fact]
    public void Quarantine_SameNameTwice_NeverOverwrites()
    {
        using var ws = new TestWorkspace();
        var first = ws.Disposition.Quarantine(ws.Drop("pos", "stores-x.csv", "one"), "r1");
        var second = ws.Disposition.Quarantine(ws.Drop("pos", "stores-x.csv", "two"), "r2");

        Assert.NotEqual(first, second);
        Assert.Equal(("one", "two"), (File.ReadAllText(first), File.ReadAllText(second)));
        Assert.Contains("r2", File.ReadAllText(second + ".reason.txt"));
    }
}
