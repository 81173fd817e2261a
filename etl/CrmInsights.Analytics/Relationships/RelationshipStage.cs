namespace CrmInsights.Analytics.Relationships;

/// <summary>
/// The five levels of relationship marketing (KPI catalog), ordered from lowest to highest,
/// plus <see cref="Prospect"/> for customers none of whose rules hold (e.g. never bought nor gave feedback).
/// </summary>
public enum RelationshipStage
{
    /// <summary>No stage rule holds.</summary>
    Prospect = 0,

    /// <summary>Has bought.</summary>
    Basic = 1,

    /// <summary>Has given feedback (survey answer or complaint).</summary>
    Reactive = 2,

    /// <summary>Was followed up: a complaint resolved or a survey answered after a purchase.</summary>
    Accountable = 3,

    /// <summary>Gave feedback in the last quarter and bought again after it.</summary>
    Proactive = 4,

    /// <summary>Repeat buyer in the last 12 months who is opted in to marketing and engaged.</summary>
    Partnership = 5,
}
