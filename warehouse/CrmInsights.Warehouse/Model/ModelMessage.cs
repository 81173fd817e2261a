namespace CrmInsights.Warehouse.Model;

/// <summary>A DacFx model validation message (SQL71xxx and parse errors), with the schema file it came from.</summary>
public sealed record ModelMessage(string Code, bool IsError, string Message, string? SourceName, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{SourceName ?? "(model)"}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
