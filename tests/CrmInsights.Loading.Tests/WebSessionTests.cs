namespace CrmInsights.Loading.Tests;

public class WebSessionTests
{
    private const long DayMicros = 86_400_000_000;
    private const long May1Micros = 1_777_593_600_000_000;
    private const int Days = 12;
    private static readonly string[] Names = ["page_view", "page_view", "scroll", "purchase", "session_start"];

    /// <summary>
    /// Sessions whose events arrive over many daily batches (some cross midnight into the next file, some get late events
    /// days later) end up exactly as when every event arrives in one file: sessionisation only ever rebuilds whole sessions.
    /// </summary>
    [Fact]
    public async Task Run_WebBatchAfterManyEarlierBatches_SessionsEqualOneCombinedLoad()
    {
        var files = GenerateDailyFiles(seed: 7);

        using var split = new LoadHarness();
        // The run happens after the last generated day: events later than the run plus Etl:FutureHorizon are rejected.
        split.Time.SetUtcNow(AfterTheData);
        foreach (var (day, lines) in files.Select((l, i) => (i + 1, l)))
        {
            split.Drop("web", $"events-2026-05-{day:00}.jsonl", Data.Lines([.. lines]));
            var run = await split.RunAsync();
            Assert.False(run.HasFailedBatches);
        }

        using var combined = new LoadHarness();
        combined.Time.SetUtcNow(AfterTheData);
        combined.Drop("web", "events-2026-05-01.jsonl", Data.Lines([.. files.SelectMany(l => l)]));
        await combined.RunAsync();

        var sessions = Snapshots.Queries.Single(q => q.Name == "session").Sql;
        var expected = await combined.RowsAsync(sessions);
        Assert.True(expected.Count > Days * 4, $"only {expected.Count} sessions generated");
        Assert.Equal(expected, await split.RowsAsync(sessions));
        Assert.Equal(await combined.RowsAsync("SELECT COUNT(*), SUM(EventCount) FROM fact.WebSession"), await split.RowsAsync("SELECT COUNT(*), SUM(EventCount) FROM fact.WebSession"));
    }

    private static readonly DateTimeOffset AfterTheData = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    // Seeded and tie-free (every event of a session has its own microsecond), so "first event" is well defined.
    private static List<List<string>> GenerateDailyFiles(int seed)
    {
        var random = new Random(seed);
        var files = Enumerable.Range(0, Days).Select(_ => new List<string>()).ToList();
        for (var day = 0; day < Days; day++)
        {
            for (var s = 0; s < 6; s++)
            {
                var pseudo = "P" + random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var session = ((day + 1) * 100) + s;
                var userId = random.Next(3) == 0 ? "W" + random.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                // Late in the day for some sessions, so their later events fall into the next day's file.
                var micros = May1Micros + (day * DayMicros) + (random.Next(2) == 0 ? 86_000_000_000 : random.Next(1, 20) * 3_600_000_000L) + (s * 1000);
                var events = random.Next(1, 6);
                for (var e = 0; e < events; e++)
                {
                    micros += random.Next(1, 300) * 1_000_000L;
                    var name = Names[random.Next(Names.Length)];
                    var file = micros >= May1Micros + ((day + 1) * DayMicros) && day + 1 < Days ? day + 1 : day;
                    // Now and then an event reaches the warehouse days late, in the last file.
                    file = random.Next(8) == 0 ? Days - 1 : file;
                    files[file].Add(Data.WebEvent(micros, name, pseudo, session, userId: e == events - 1 ? userId : null,
                        page: $"https://shop/{day}/{e}", engagement: random.Next(0, 6000), value: name == "purchase" ? 10m + day : null));
                }
            }
        }

        return files;
    }
}
