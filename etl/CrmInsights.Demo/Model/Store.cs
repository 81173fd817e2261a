namespace CrmInsights.Demo.Model;

/// <summary>A shop, or the web store (channel "online").</summary>
internal sealed class Store
{
    public required string StoreId { get; init; }
    public required string Name { get; init; }
    public required string Channel { get; init; }
    public required int City { get; init; }
    public required int OpensDay { get; init; }
    public required DateOnly OpenedOn { get; init; }
}
