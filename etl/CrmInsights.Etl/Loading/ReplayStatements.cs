using CrmInsights.Etl.Loading.Entities;

namespace CrmInsights.Etl.Loading;

/// <summary>Empties what the loads write (facts, dimensions except the seeded unknown members, lineage), before a replay from the lake.</summary>
public static class ReplayStatements
{
    // The dimensions keep their seeded unknown member (-1).
    private static readonly (string Table, string Key)[] Dimensions =
        [("dim.Customer", "CustomerKey"), ("dim.Product", "ProductKey"), ("dim.Store", "StoreKey"), ("dim.Campaign", "CampaignKey")];

    private static readonly string[] Lineage = ["etl.Reject", "etl.CheckResult", "etl.Watermark", "etl.Batch"];

    /// <summary>
    /// In foreign-key order: every loader's fact tables, then stage tables (derived from the loaders, so a new entity is
    /// cleared without an entry here), then the dimensions, then lineage.
    /// </summary>
    public static IReadOnlyList<LoadStatement> All { get; } =
    [
        .. EntityLoaders.InLoadOrder.SelectMany(l => (IEnumerable<string>)[.. l.OtherTables.Where(t => t.StartsWith("fact.", StringComparison.Ordinal)), .. l.FactTable is { } f ? [f] : Array.Empty<string>()])
            .Select(t => Clear(t, $"DELETE FROM {t};")),
        .. EntityLoaders.InLoadOrder.SelectMany(l => (IEnumerable<string>)["stage." + l.StageTable, .. l.OtherTables.Where(t => t.StartsWith("stage.", StringComparison.Ordinal))])
            .Select(t => Clear(t, $"DELETE FROM {t};")),
        .. Dimensions.Select(d => Clear(d.Table, $"DELETE FROM {d.Table} WHERE {d.Key} <> -1;")),
        .. Lineage.Select(t => Clear(t, $"DELETE FROM {t};")),
    ];

    // Named as before (Replay.ClearSalesLine, Replay.ClearStagePosOrderLine): the step names are what logs and crash injection use.
    private static LoadStatement Clear(string table, string sql)
    {
        var name = table[(table.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return new($"Replay.Clear{(table.StartsWith("stage.", StringComparison.Ordinal) ? "Stage" : "")}{name}", sql);
    }
}
