namespace CrmInsights.Warehouse.Schema;

/// <summary>One T-SQL schema file: its name ("schema/dim/Customer.sql") and its text.</summary>
public sealed record SchemaScript(string Name, string Text);
