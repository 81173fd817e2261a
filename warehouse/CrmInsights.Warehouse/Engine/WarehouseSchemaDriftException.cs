namespace CrmInsights.Warehouse.Engine;

/// <summary>The database holds columns whose types differ from the model; nothing was changed.</summary>
public sealed class WarehouseSchemaDriftException : Exception
{
    /// <summary>Creates the exception listing every difference.</summary>
    public WarehouseSchemaDriftException(IReadOnlyList<string> differences)
        : base("The warehouse database differs from the model and cannot be upgraded in place (no data was changed):" + Environment.NewLine +
               string.Join(Environment.NewLine, differences.Select(d => "  " + d)))
        => Differences = differences;

    /// <summary>Creates the exception with a message.</summary>
    public WarehouseSchemaDriftException(string message) : base(message) => Differences = [message];

    /// <summary>Creates the exception with a message and cause.</summary>
    public WarehouseSchemaDriftException(string message, Exception innerException) : base(message, innerException) => Differences = [message];

    /// <summary>Creates the exception without details.</summary>
    public WarehouseSchemaDriftException() : base("The warehouse database differs from the model.") => Differences = [];

    /// <summary>Each difference, one line.</summary>
    public IReadOnlyList<string> Differences { get; }
}
