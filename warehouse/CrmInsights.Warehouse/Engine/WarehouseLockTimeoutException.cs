namespace CrmInsights.Warehouse.Engine;

/// <summary>Another process (or job) holds the warehouse lock past the timeout.</summary>
public sealed class WarehouseLockTimeoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WarehouseLockTimeoutException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public WarehouseLockTimeoutException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without details.</summary>
    public WarehouseLockTimeoutException() : base("The warehouse lock is held by another run.")
    {
    }
}
