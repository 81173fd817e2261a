using ClosedXML.Excel;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

public static partial class WorkbookBuilder
{
    private static void AddActionLists(IXLWorksheet ws, KpiPack pack)
    {
        SheetLayout.Title(ws, pack, "Action lists");
        if (pack.PersonalDataWithheld)
        {
            Cells.Text(ws.Cell(SheetLayout.FirstTableRow, 1),
                "Action lists hold personal data and are not included: this recipient's report definition does not allow personal data.")
                .Style.Font.SetItalic(true);
            ws.Column(1).Width = 30;
            SheetLayout.Print(ws, SheetLayout.FirstTableRow);
            return;
        }
        var items = pack.ActionLists.SelectMany(l => l.Items.Select(i => (List: l.Name, Item: i))).ToList();
        var row = SheetLayout.Table(ws, SheetLayout.FirstTableRow, 1, "ActionLists",
        [
            new TableColumn<(string List, ActionItem Item)>("List", 30, (c, x) => Cells.Text(c, x.List)),
            new("Customer id", 14, (c, x) => Cells.Text(c, x.Item.CustomerId)),
            new("Name", 22, (c, x) => Cells.Text(c, x.Item.CustomerName)),
            new("Email", 28, (c, x) => Cells.Text(c, x.Item.Email)),
            new("Phone", 16, (c, x) => Cells.Text(c, x.Item.Phone)),
            new("Store", 10, (c, x) => Cells.Text(c, x.Item.StoreId)),
            new("Reason", 40, (c, x) => Cells.Text(c, x.Item.Reason)),
            new("Value", 12, (c, x) => Cells.Kpi(c, x.Item.Value, KpiUnit.Currency, pack.Currency)),
            new("Since", 12, (c, x) => Cells.Date(c, x.Item.Since?.ToDateTime(TimeOnly.MinValue))),
        ], items, "No customers on any action list this period.");
        SheetLayout.Heading(ws, row, 1, "About the lists");
        foreach (var list in pack.ActionLists)
        {
            Cells.Text(ws.Cell(++row, 1), $"{list.Name}: {list.Description} ({list.Items.Count} customers)");
        }
        ws.SheetView.FreezeRows(SheetLayout.FirstTableRow);
        SheetLayout.Print(ws, SheetLayout.FirstTableRow);
    }
}
