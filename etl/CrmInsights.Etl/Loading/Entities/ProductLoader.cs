using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>pos/products → dim.Product, SCD type 1; a row older than the stored updated_at does not overwrite it.</summary>
public sealed class ProductLoader : EntityLoaderBase<ProductRecord>
{
    /// <summary>Updates changed products in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = new("Product.Update", """
        UPDATE dim.Product
        SET ProductName = s.ProductName, Category = s.Category, Subcategory = s.Subcategory, Brand = s.Brand,
            UnitCost = s.UnitCost, ListPrice = s.ListPrice, SourceUpdatedAtUtc = s.UpdatedAtUtc, IsInferred = 0, BatchId = @BatchId
        FROM stage.PosProduct AS s
        WHERE s.BatchId = @BatchId AND Product.Sku = s.Sku
          AND (Product.IsInferred = 1 OR Product.SourceUpdatedAtUtc IS NULL OR s.UpdatedAtUtc IS NULL OR s.UpdatedAtUtc >= Product.SourceUpdatedAtUtc)
          AND (Product.IsInferred = 1 OR Product.ProductName <> s.ProductName OR Product.Category IS DISTINCT FROM s.Category
               OR Product.Subcategory IS DISTINCT FROM s.Subcategory OR Product.Brand IS DISTINCT FROM s.Brand
               OR Product.UnitCost IS DISTINCT FROM s.UnitCost OR Product.ListPrice IS DISTINCT FROM s.ListPrice
               OR Product.SourceUpdatedAtUtc IS DISTINCT FROM s.UpdatedAtUtc);
        """);

    /// <summary>Inserts products not seen before.</summary>
    public static readonly LoadStatement Insert = new("Product.Insert", """
        INSERT INTO dim.Product (Sku, ProductName, Category, Subcategory, Brand, UnitCost, ListPrice, SourceUpdatedAtUtc, IsInferred, BatchId)
        SELECT s.Sku, s.ProductName, s.Category, s.Subcategory, s.Brand, s.UnitCost, s.ListPrice, s.UpdatedAtUtc, 0, @BatchId
        FROM stage.PosProduct AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.Product AS d WHERE d.Sku = s.Sku);
        """);

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Products;

    /// <inheritdoc/>
    public override string StageTable => "PosProduct";

    /// <inheritdoc/>
    public override IReadOnlyList<string> StageColumns { get; } =
        ["BatchId", "RowNumber", "Sku", "ProductName", "Category", "Subcategory", "Brand", "UnitCost", "ListPrice", "UpdatedAtUtc"];

    /// <inheritdoc/>
    protected override IReadOnlyList<LoadStatement> ApplyStatements { get; } = [Update, Insert];

    /// <inheritdoc/>
    protected override object?[] Row(ProductRecord r, long batchId, BusinessCalendar calendar) =>
        [batchId, r.SourceRow, r.Sku, r.Name, r.Category, r.Subcategory, r.Brand, r.UnitCost, r.ListPrice, r.UpdatedAt?.UtcDateTime];
}
