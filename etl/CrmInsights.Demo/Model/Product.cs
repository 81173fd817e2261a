namespace CrmInsights.Demo.Model;

/// <summary>A catalogue item; list price and cost change occasionally.</summary>
internal sealed class Product
{
    public required int Index { get; init; }
    public required string Sku { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public required string Subcategory { get; init; }
    public required string Brand { get; init; }
    public decimal ListPrice { get; set; }
    public decimal UnitCost { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
