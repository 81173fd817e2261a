using CrmInsights.Etl.Files;

namespace CrmInsights.Etl.Tests;

/// <summary>Each new inbox file is hashed once: the hash the pipeline computed to skip content loaded before is the batch's identity.</summary>
public sealed class ContentHashTests
{
    [Fact]
    public async Task Extract_WithTheCallersHash_UsesIt_WithoutOne_HashesTheBytes()
    {
        using var ws = new TestWorkspace();
        var file = ws.Drop("pos", "stores-2026-05-01.csv", "store_id,name,channel\nS1,Main,STORE\n");
        var hash = await ContentHash.OfFileAsync(file.FullPath, default);

        var given = await ws.Extractor.ExtractAsync(file, "c0ffee", null, default);
        Assert.Equal("c0ffee", given.Identity.ContentHash); // not read and hashed a second time
        Assert.EndsWith("c0ffee.parquet", given.LandedPath, StringComparison.Ordinal);

        var computed = await ws.Extractor.ExtractAsync(file);
        Assert.Equal(hash, computed.Identity.ContentHash);
        Assert.Equal(64, hash.Length);
    }
}
