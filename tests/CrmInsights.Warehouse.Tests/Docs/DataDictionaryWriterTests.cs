using CrmInsights.Warehouse.Docs;

namespace CrmInsights.Warehouse.Tests.Docs;

[Collection(ModelGroup.Name)]
public sealed class DataDictionaryWriterTests(ModelFixture fixture)
{
    [Fact]
    public void Generate_Model_CoversEveryTableViewAndColumnWithItsDescription()
    {
        var markdown = DataDictionaryWriter.Generate(fixture.Model);
        var sections = markdown.Split("\n### ").Skip(1).ToDictionary(s => s[..s.IndexOf('\n', StringComparison.Ordinal)].Replace(" (view)", string.Empty, StringComparison.Ordinal).Trim());

        foreach (var table in fixture.Model.Tables.Concat(fixture.Model.Views))
        {
            Assert.True(sections.TryGetValue(table.FullName, out var section), $"{table.FullName} has no section");
            Assert.Contains(table.Description!, section);
            foreach (var column in table.Columns)
            {
                Assert.Contains($"| {column.Name} | ", section);
                Assert.Contains(column.Description!.Replace("|", "\\|", StringComparison.Ordinal), section);
            }
        }

        Assert.Equal(fixture.Model.Tables.Count + fixture.Model.Views.Count, sections.Count);
    }
}
