using CrmInsights.Etl.Files;

namespace CrmInsights.Etl.Tests;

public class FileHandlingTests
{
    [Fact]
    public void ListReadyFiles_FileStillBeingWritten_NotTakenUntilStable()
    {
        using var ws = new TestWorkspace();
        var dir = ws.Workspace.Inbox("pos");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "stores-2026-05-01.csv");
        File.WriteAllText(path, "store_id,name,channel\n");
        File.SetLastWriteTimeUtc(path, ws.Time.GetUtcNow().UtcDateTime);

        Assert.Empty(ws.Inbox.ListReadyFiles("pos"));
        ws.Time.Advance(TimeSpan.FromSeconds(3));
        File.AppendAllText(path, "S1,Main,store\n");
        File.SetLastWriteTimeUtc(path, ws.Time.GetUtcNow().UtcDateTime);
        Assert.Empty(ws.Inbox.ListReadyFiles("pos"));
        ws.Time.Advance(TimeSpan.FromSeconds(3));
        Assert.Empty(ws.Inbox.ListReadyFiles("pos"));
        ws.Time.Advance(TimeSpan.FromSeconds(3));

        var ready = Assert.Single(ws.Inbox.ListReadyFiles("pos"));
        Assert.Equal(("pos", "stores"), (ready.Source, ready.Entity));
    }

    [Fact]
    public void ListReadyFiles_DoneMarkerConfigured_TakesOnlyMarkedFiles()
    {
        using var ws = new TestWorkspace();
        ws.Options.Sources["pos"].ReadyMarker = true;
        var dir = ws.Workspace.Inbox("pos");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "stores-a.csv"), "x");
        File.WriteAllText(Path.Combine(dir, "stores-b.csv"), "x");
        File.WriteAllText(Path.Combine(dir, "stores-b.csv.done"), "");
        foreach (var f in Directory.GetFiles(dir))
        {
            File.SetLastWriteTimeUtc(f, ws.Time.GetUtcNow().UtcDateTime.AddHours(-1));
        }

        var ready = Assert.Single(ws.Inbox.ListReadyFiles("pos"));
        Assert.Equal("stores-b.csv", ready.Name);

        var archived = ws.Disposition.Archive(ready);
        Assert.True(File.Exists(archived + ".done"));
        Assert.False(File.Exists(Path.Combine(dir, "stores-b.csv.done")));
    }

    [Fact]
    public void Archive_SameNameTwice_NeverOverwritesAndUsesDateFolders()
    {
        using var ws = new TestWorkspace();
        var first = ws.Disposition.Archive(ws.Drop("pos", "stores-2026-05-01.csv", "first"));
        var second = ws.Disposition.Archive(ws.Drop("pos", "stores-2026-05-01.csv", "second"));

        var dir = Path.Combine(ws.Root, "archive", "pos", "2026", "05", "02");
        Assert.Equal(Path.Combine(dir, "stores-2026-05-01.csv"), first);
        Assert.Equal(Path.Combine(dir, "stores-2026-05-01~1.csv"), second);
        Assert.Equal(("first", "second"), (File.ReadAllText(first), File.ReadAllText(second)));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\boot.ini", "boot.ini")]
    [InlineData("...hidden", "hidden")]
    [InlineData("a b;c|d.csv", "a_b_c_d.csv")]
    [InlineData("..", "_")]
    public void PathSafety_Name_StripsTraversal(string input, string expected) =>
        Assert.Equal(expected, PathSafety.Name(input));

    [Fact]
    public void Workspace_Inside_RefusesEscape()
    {
        using var ws = new TestWorkspace();
        Assert.Throws<ArgumentException>(() => ws.Workspace.Inside("../outside"));
        Assert.Equal(Path.Combine(ws.Root, "lake", "pos", "y", "2026-05-01"), ws.Workspace.Lake("pos", "../x/y", new DateOnly(2026, 5, 1)));
    }
}
