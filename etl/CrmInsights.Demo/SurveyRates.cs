namespace CrmInsights.Demo;

/// <summary>Configured survey behaviour.</summary>
public sealed class SurveyRates
{
    /// <summary>Share of identified purchase orders followed by a survey response.</summary>
    public double ResponsePerOrder { get; set; } = 0.06;

    /// <summary>
    /// Share of identified purchase orders followed by a survey invitation (at least ResponsePerOrder: every response
    /// answers one); the demo's response rate is about ResponsePerOrder / InvitationPerOrder (0.3 by default).
    /// </summary>
    public double InvitationPerOrder { get; set; } = 0.2;

    /// <summary>Mean share of responses that carry a complaint (higher for unhappy customers).</summary>
    public double Complaint { get; set; } = 0.06;

    /// <summary>Median hours from complaint to resolution (log-normal).</summary>
    public double ResolutionMedianHours { get; set; } = 30;

    /// <summary>Log-normal sigma of the resolution time.</summary>
    public double ResolutionSigma { get; set; } = 1.0;

    /// <summary>Share of complaints never resolved.</summary>
    public double NeverResolved { get; set; } = 0.08;
}
