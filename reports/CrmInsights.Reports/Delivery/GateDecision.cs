namespace CrmInsights.Reports.Delivery;

/// <summary>Whether the pack may go out, and if not, every reason why.</summary>
public sealed record GateDecision(IReadOnlyList<string> Causes)
{
    /// <summary>True when nothing blocks the pack.</summary>
    public bool CanSend => Causes.Count == 0;
}
