namespace CrmInsights.Analytics;

/// <summary>An options class that checks itself and reports every problem at once.</summary>
public interface IValidatedOptions
{
    /// <summary>Every failure, each naming the key and the bad value; empty when valid.</summary>
    IReadOnlyList<string> Validate();
}
