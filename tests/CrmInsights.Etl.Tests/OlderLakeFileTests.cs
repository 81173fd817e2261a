using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Validation.Records;
using Parquet;
using Parquet.Schema;

namespace CrmInsights.Etl.Tests;

/// <summary>
/// A lake file landed before a column was added to its entity (survey responses before loyalty_id) still replays: the
/// column reads as null; a column the entity always had is never silently absent.
/// </summary>
public sealed class OlderLakeFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "crmi-oldlake-" + Guid.NewGuid().ToString("N"));

    private static DateTimeDataField Instant(string name) =>
        new(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);

    // The survey response columns as they were landed before loyalty_id (issue 13), minus any in `without`.
    private async Task<string> WriteOldResponsesAsync(params string[] without)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".parquet");
        var texts = new Dictionary<string, string?>
        {
            ["response_id"] = "R1", ["survey_id"] = "S", ["customer_id"] = "C1", ["email"] = null, ["touchpoint"] = "store",
            ["complaint_category"] = null, ["comment"] = "fine",
        };
        var ints = new[] { "nps", "csat", "ces" };
        var fields = new List<Field> { new DataField<long?>("source_row"), Instant("recorded_at"), Instant("resolved_at"), new DataField<bool?>("complaint") };
        fields.AddRange(texts.Keys.Select(k => new DataField<string>(k, true)));
        fields.AddRange(ints.Select(k => new DataField<int?>(k)));
        fields.RemoveAll(f => without.Contains(f.Name));
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var rg = writer.CreateRowGroup();
        foreach (var field in fields.Cast<DataField>())
        {
            switch (field.Name)
            {
                case "source_row":
                    await rg.WriteAsync(field, new ReadOnlyMemory<long?>([1L]), null, null, default);
                    break;
                case "recorded_at":
                    await rg.WriteAsync(field, new ReadOnlyMemory<DateTime?>([new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc)]), null, null, default);
                    break;
                case "resolved_at":
                    await rg.WriteAsync(field, new ReadOnlyMemory<DateTime?>([null]), null, null, default);
                    break;
                case "complaint":
                    await rg.WriteAsync(field, new ReadOnlyMemory<bool?>([false]), null, null, default);
                    break;
                case var n when ints.Contains(n):
                    await rg.WriteAsync(field, new ReadOnlyMemory<int?>([n == "nps" ? 9 : null]), null, null, default);
                    break;
                default:
                    await rg.WriteAsync(field, [texts[field.Name]!], null);
                    break;
            }
        }

        return path;
    }

    [Fact]
    public async Task Read_ResponsesLandedBeforeLoyaltyId_LoyaltyIdIsNullEverythingElseAsLanded()
    {
        var path = await WriteOldResponsesAsync();

        var response = Assert.Single(await LakeReader.ReadAsync<SurveyResponseRecord>(path).ToListAsync());

        Assert.Equal(("R1", "C1", 9, "fine", (string?)null), (response.ResponseId, response.CustomerId, response.Nps, response.Comment, response.LoyaltyId));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), response.RecordedAt);
    }

    [Fact]
    public async Task Read_AColumnTheEntityAlwaysHadIsMissing_FailsNamingIt()
    {
        var path = await WriteOldResponsesAsync("survey_id");

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await LakeReader.ReadAsync<SurveyResponseRecord>(path).ToListAsync());

        Assert.Contains("'survey_id'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
