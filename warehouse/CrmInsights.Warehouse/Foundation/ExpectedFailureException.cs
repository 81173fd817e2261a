namespace CrmInsights.Warehouse.Foundation;

/// <summary>
/// A failure the operator can fix: its message says what happened, the value involved and
/// what to do. The executable prints the message alone (no stack trace) and exits with the
/// code of its <see cref="Kind"/>; anything else is unexpected and logged whole.
/// </summary>
public sealed class ExpectedFailureException : Exception
{
    public ExpectedFailureException(FailureKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    public ExpectedFailureException() : this(FailureKind.Input, "Expected failure.") { }

    public ExpectedFailureException(string message) : this(FailureKind.Input, message) { }

    public ExpectedFailureException(string message, Exception innerException)
        : this(FailureKind.Input, message, innerException) { }

    public FailureKind Kind { get; }
}
