namespace CrmInsights.Analytics.Rfm;

/// <summary>One entry of the R×F segment map (configuration element).</summary>
public sealed class RfmSegmentRule
{
    /// <summary>Creates an empty rule (for configuration binding).</summary>
    public RfmSegmentRule()
    {
    }

    /// <summary>Creates a rule.</summary>
    public RfmSegmentRule(string name, string pattern) => (Name, Pattern) = (name, pattern);

    /// <summary>Segment name, e.g. "Champions".</summary>
    public string Name { get; set; } = "";

    /// <summary>R×F pattern, e.g. "5[4-5]".</summary>
    public string Pattern { get; set; } = "";
}
