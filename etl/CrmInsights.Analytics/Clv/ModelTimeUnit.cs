namespace CrmInsights.Analytics.Clv;

/// <summary>
/// The time unit of t, tₓ and T in the BG/NBD model. The value is the number of days in one unit.
/// CDNOW and the published estimates use weeks.
/// </summary>
public enum ModelTimeUnit
{
    /// <summary>One day.</summary>
    Days = 1,

    /// <summary>Seven days.</summary>
    Weeks = 7,
}
