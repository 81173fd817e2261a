using System.Reflection;

namespace CrmInsights.Reports.Model;

/// <summary>
/// The KPI catalog's definitions, read from the catalog text embedded in this assembly
/// (Model/KpiCatalog.md, a copy of the design's KPI_CATALOG.md): the one place the workbook's
/// Definitions sheet comes from.
/// </summary>
public static class KpiDefinitions
{
    private static readonly Lazy<IReadOnlyList<KpiDefinition>> Cached = new(Load);

    /// <summary>Every table row of the catalog, in catalog order.</summary>
    public static IReadOnlyList<KpiDefinition> All => Cached.Value;

    /// <summary>Parses the catalog's markdown tables: "## Section" headings, then "| KPI | Definition |" rows.</summary>
    public static IReadOnlyList<KpiDefinition> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<KpiDefinition>();
        var section = "";
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                continue;
            }
            if (!line.StartsWith('|'))
            {
                continue;
            }
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 2 || cells[0] == "KPI" || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }
            result.Add(new KpiDefinition(section, cells[0], string.Join(" | ", cells.Skip(1))));
        }
        return result;
    }

    private static IReadOnlyList<KpiDefinition> Load()
    {
        var assembly = typeof(KpiDefinitions).Assembly;
        using var stream = assembly.GetManifestResourceStream("CrmInsights.Reports.KpiCatalog.md")
            ?? throw new InvalidOperationException("The embedded KPI catalog resource is missing from " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
