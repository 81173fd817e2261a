using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>pos/products → dim.Product, SCD type 1; a row older than the stored updated_at does not overwrite it.</summary>
public sealed class ProductLoader : EntityLoaderBase<ProductRecord>
{
    // An older source row does not overwrite a newer one (a row without updated_at, or a stored row without one, always may).
    private static readonly Scd1Dimension Dimension = new("Product", "dim.Product", "stage.PosProduct", "Sku",
        ["ProductName", "Category", "Subcategory", "Brand", "UnitCost", "ListPrice", new("SourceUpdatedAtUtc", "UpdatedAtUtc")],
        "Product.IsInferred = 1 OR Product.SourceUpdatedAtUtc IS NULL OR s.UpdatedAtUtc IS NULL OR s.UpdatedAtUtc >= Product.SourceUpdatedAtUtc");

    /// <summary>Updates changed products in place (and completes inferred ones).</summary>
    public static readonly LoadStatement Update = Dimension.Update;

    /// <summary>Inserts products not seen before.</summary>
    public static readonly LoadStatement Insert = Dimension.Insert;

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
