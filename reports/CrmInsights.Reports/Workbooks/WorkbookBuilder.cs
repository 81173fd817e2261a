using ClosedXML.Excel;
using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

/// <summary>
/// Builds the monthly KPI pack workbook from a <see cref="KpiPack"/> and its rendered charts:
/// Summary, Loyalty, Satisfaction, Engagement, Profitability, Segments, Cohorts, Action lists,
/// Data quality and Definitions.
/// </summary>
public static partial class WorkbookBuilder
{
    /// <summary>Sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } =
    [
        "Summary", "Loyalty", "Satisfaction", "Engagement", "Profitability",
        "Segments", "Cohorts", "Campaigns", "Action lists", "Data quality", "Definitions",
    ];

    /// <summary>Builds the workbook and saves it to <paramref name="path"/>.</summary>
    public static void Save(KpiPack pack, IReadOnlyList<ChartImage> charts, string path)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(charts);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = Cells.Sanitise($"{pack.ReportName} {pack.Period}");
        workbook.Properties.Author = "CrmInsights";
        AddSummary(workbook.AddWorksheet("Summary"), pack, charts);
        foreach (var family in Enum.GetValues<KpiFamily>())
        {
            AddFamily(workbook.AddWorksheet(family.ToString()), pack, family, charts);
        }
        AddSegments(workbook.AddWorksheet("Segments"), pack, charts);
        AddCohorts(workbook.AddWorksheet("Cohorts"), pack, charts);
        AddCampaigns(workbook.AddWorksheet("Campaigns"), pack);
        AddActionLists(workbook.AddWorksheet("Action lists"), pack);
        AddDataQuality(workbook.AddWorksheet("Data quality"), pack);
        AddDefinitions(workbook.AddWorksheet("Definitions"), pack);
        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(path);
    }

    private static IEnumerable<ChartImage> ChartsFor(IReadOnlyList<ChartImage> charts, string sheet) =>
        charts.Where(c => c.Sheet == sheet);
}
