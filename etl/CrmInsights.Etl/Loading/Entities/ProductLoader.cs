using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>pos/products → dim.Product, SCD type 1 (<see cref="Scd1Statements"/>); a row older than the stored updated_at does not overwrite it.</summary>
public sealed class ProductLoader : EntityLoaderBase<ProductRecord>
{
    private static readonly Scd1Column[] Columns =
    [
        new("ProductName"), new("Category"), new("Subcategory"), new("Brand"), new("UnitCost"), new("ListPrice"),
        new("SourceUpdatedAtUtc", "UpdatedAtUtc"),
    ];

    /// <summary>Updates changed products in place (and completes inferred ones); a row older than the stored one does not.</summary>
    public static readonly LoadStatement Update = Scd1Statements.Update("Product", "PosProduct", "Sku", Columns,
        newerOnly: "Product.IsInferred = 1 OR Product.SourceUpdatedAtUtc IS NULL OR s.UpdatedAtUtc IS NULL OR s.UpdatedAtUtc >= Product.SourceUpdatedAtUtc");

    /// <summary>Inserts products not seen before.</summary>
    public static readonly LoadStatement Insert = Scd1Statements.Insert("Product", "PosProduct", "Sku", Columns);

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
