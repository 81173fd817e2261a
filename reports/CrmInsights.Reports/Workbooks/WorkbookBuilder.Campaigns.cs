using ClosedXML.Excel;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private static void AddCampaigns(IXLWorksheet ws, KpiPack pack)
    {
        SheetLayout.Title(ws, pack, $"Email campaigns sent {pack.Period.AddMonths(-2).DisplayName} to {pack.Period.DisplayName}, best return first (all customers)");
        var cur = pack.Currency;
        var next = SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "Campaigns",
        [
            new TableColumn<CampaignRow>("Campaign", 28, (c, x) => Cells.Text(c, x.Name)),
            new("Sent", 10, (c, x) => Cells.Date(c, x.SentMonth.Start.ToDateTime(TimeOnly.MinValue), "mmm yyyy")),
            new("Delivered", 11, (c, x) => Cells.Count(c, x.Delivered)),
            new("Open rate", 10, (c, x) => Cells.Kpi(c, x.OpenRate, KpiUnit.Percent, cur, x.Sample.IsSmall)),
            new("Click rate", 10, (c, x) => Cells.Kpi(c, x.ClickRate, KpiUnit.Percent, cur, x.Sample.IsSmall)),
            new("Orders earned", 13, (c, x) => Cells.Count(c, x.Orders)),
            new("Revenue earned", 16, (c, x) => Cells.Kpi(c, x.Revenue, KpiUnit.Currency, cur)),
            new("Margin earned", 16, (c, x) => Cells.Kpi(c, x.Margin, KpiUnit.Currency, cur)),
            new("Cost", 12, (c, x) => Cells.Kpi(c, x.Cost, KpiUnit.Currency, cur)),
            new("ROI", 10, (c, x) => Cells.Kpi(c, x.Roi, KpiUnit.Percent, cur, x.Sample.IsSmall)),
            new("Revenue per email", 14, (c, x) => Cells.Kpi(c, x.RevenuePerDelivered, KpiUnit.Currency, cur)),
            new("Uplift vs holdout", 12, (c, x) => Cells.Kpi(c, x.Holdout?.ConversionUplift, KpiUnit.Percent, cur, x.Holdout?.IsSmallSample ?? false)),
            new("Uplift 95% interval", 20, (c, x) => Cells.Text(c, Interval(x.Holdout))),
            new("Incremental revenue", 16, (c, x) => Cells.Kpi(c, x.Holdout?.IncrementalRevenue, KpiUnit.Currency, cur, x.Holdout?.IsSmallSample ?? false)),
            new("Note", 60, (c, x) => Cells.Text(c, x.Note)),
        ], pack.Campaigns, "No email campaigns were sent in these three months.");
        if (pack.Campaigns.Count > 0)
        {
            SheetLayout.Paragraph(ws, next, 1, 15,
                "Earned = the purchases whose buyer last clicked the campaign at most Snapshot:AttributionClickWindowDays (7) days before, " +
                "or, without such a click, opened it at most Snapshot:AttributionOpenWindowDays (1) day before; each order counts once, returns earn nothing. " +
                "ROI = (margin earned - cost) / cost. ⚠ = fewer delivered emails than Reports:MinimumSamples:Emails: read its rates with care. " +
                "Uplift vs holdout (campaigns with an audience file, email/audiences) = the conversion rate of those sent it minus that of those held out, " +
                "a purchase counting from the send to Snapshot:AttributionClickWindowDays days after, clicked or not; the interval is 95% (Newcombe); " +
                "incremental revenue = the revenue per member difference x members sent it. Empty when the audience has no holdout; ⚠ = under 5 buyers or non-buyers in a group.");
        }
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }

    // Percentage points, e.g. "-41.1 to +61.0 pts"; empty without a holdout.
    private static string? Interval(HoldoutUplift? h) =>
        h is { ConversionLow: { } low, ConversionHigh: { } high }
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{low * 100:+0.0;-0.0;0.0} to {high * 100:+0.0;-0.0;0.0} pts")
            : null;
}
