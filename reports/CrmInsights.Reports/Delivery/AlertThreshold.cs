namespace CrmInsights.Reports.Delivery;

/// <summary>An alert on a headline KPI: raised when its current value is below <see cref="Below"/> or above <see cref="Above"/>.</summary>
public sealed class AlertThreshold
{
    /// <summary>Headline KPI key, e.g. "nps".</summary>
    public string Kpi { get; set; } = "";

    /// <summary>Alert when the value is strictly below this.</summary>
    public decimal? Below { get; set; }

    /// <summary>Alert when the value is strictly above this.</summary>
    public decimal? Above { get; set; }
}
