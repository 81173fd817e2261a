using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>pos/stores → dim.Store, SCD type 1 (UPDATE … FROM, then INSERT … WHERE NOT EXISTS).</summary>
public sealed class StoreLoader : EntityLoaderBase<StoreRecord>
{
    /// <summary>Updates changed stores in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = new("Store.Update", """
        UPDATE dim.Store
        SET StoreName = s.StoreName, Channel = s.Channel, City = s.City, Region = s.Region, Country = s.Country,
            OpenedOn = s.OpenedOn, IsInferred = 0, BatchId = @BatchId
        FROM stage.PosStore AS s
        WHERE s.BatchId = @BatchId AND Store.StoreId = s.StoreId
          AND (Store.IsInferred = 1 OR Store.StoreName <> s.StoreName OR Store.Channel <> s.Channel
               OR Store.City IS DISTINCT FROM s.City OR Store.Region IS DISTINCT FROM s.Region
               OR Store.Country IS DISTINCT FROM s.Country OR Store.OpenedOn IS DISTINCT FROM s.OpenedOn);
        """);

    /// <summary>Inserts stores not seen before.</summary>
    public static readonly LoadStatement Insert = new("Store.Insert", """
        INSERT INTO dim.Store (StoreId, StoreName, Channel, City, Region, Country, OpenedOn, IsInferred, BatchId)
        SELECT s.StoreId, s.StoreName, s.Channel, s.City, s.Region, s.Country, s.OpenedOn, 0, @BatchId
        FROM stage.PosStore AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.Store AS d WHERE d.StoreId = s.StoreId);
        """);

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
