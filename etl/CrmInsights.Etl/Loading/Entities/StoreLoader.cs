using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>pos/stores → dim.Store, SCD type 1 (UPDATE … FROM, then INSERT … WHERE NOT EXISTS).</summary>
public sealed class StoreLoader : EntityLoaderBase<StoreRecord>
{
    private static readonly Scd1Dimension Dimension = new("Store", "dim.Store", "stage.PosStore", "StoreId",
        ["StoreName", "Channel", "City", "Region", "Country", "OpenedOn"]);

    /// <summary>Updates changed stores in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = Dimension.Update;

    /// <summary>Inserts stores not seen before.</summary>
    public static readonly LoadStatement Insert = Dimension.Insert;

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Stores;

    /// <inheritdoc/>
    public override string StageTable => "PosStore";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
        ["BatchId", "RowNumber", "StoreId", "StoreName", "Channel", "City", "Region", "Country", "OpenedOn"];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } = [Update, Insert];

    /// <inheritdoc/>
    protected override object?[] Row(StoreRecord r, long batchId, BusinessCalendar calendar) =>
        [batchId, r.SourceRow, r.StoreId, r.Name, r.Channel, r.City, r.Region, r.Country, r.OpenedOn];
}
