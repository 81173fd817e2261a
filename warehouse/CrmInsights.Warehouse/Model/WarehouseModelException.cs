namespace CrmInsights.Warehouse.Model;

/// <summary>The schema files do not form a valid model; <see cref="Errors"/> lists every message.</summary>
public sealed class WarehouseModelException : Exception
{
    /// <summary>Creates the exception from the model's errors.</summary>
    public WarehouseModelException(IReadOnlyList<ModelMessage> errors)
        : base(Format(errors)) => Errors = errors;

    /// <summary>Creates an exception with a message only.</summary>
    public WarehouseModelException(string message) : base(message) => Errors = [];

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public WarehouseModelException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Creates an exception without details.</summary>
    public WarehouseModelException() : base("The warehouse model is invalid.") => Errors = [];

    /// <summary>Every validation error of the model.</summary>
    public IReadOnlyList<ModelMessage> Errors { get; }

    private static string Format(IReadOnlyList<ModelMessage> errors) =>
        $"The warehouse model has {errors.Count} error(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
