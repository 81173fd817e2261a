using MimeKit;
using Microsoft.Extensions.Options;

namespace CrmInsights.Reports.Delivery;

/// <summary>Validates <see cref="ReportsOptions"/>, listing every failure with its key and value.</summary>
public sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Definitions.Count; i++)
        {
            var d = options.Definitions[i];
            var key = $"Reports:Definitions:{i}";
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                failures.Add($"{key}:Name must be set, was '{d.Name}'.");
            }
            else if (!names.Add(d.Name))
            {
                failures.Add($"{key}:Name '{d.Name}' is used by another report.");
            }
            if (!string.Equals(d.Period, "Monthly", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{key}:Period must be Monthly, was '{d.Period}'.");
            }
            if (!IsEmail(d.Owner))
            {
                failures.Add($"{key}:Owner must be an email address, was '{d.Owner}'.");
            }
            if (d.Recipients.Count == 0)
            {
                failures.Add($"{key}:Recipients must list at least one recipient.");
            }
            var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var j = 0; j < d.Recipients.Count; j++)
            {
                var r = d.Recipients[j];
                var rkey = $"{key}:Recipients:{j}";
                if (!IsEmail(r.Email))
                {
                    failures.Add($"{rkey}:Email must be an email address, was '{r.Email}'.");
                }
                else if (!emails.Add(r.Email))
                {
                    failures.Add($"{rkey}:Email '{r.Email}' is listed twice in report '{d.Name}'.");
                }
                if (!string.IsNullOrWhiteSpace(r.Store) && !string.IsNullOrWhiteSpace(r.Region))
                {
                    failures.Add($"{rkey}: set Store or Region, not both (Store '{r.Store}', Region '{r.Region}').");
                }
            }
            ValidateScorecard(d, key, failures);
            for (var j = 0; j < d.Alerts.Count; j++)
            {
                var a = d.Alerts[j];
                if (string.IsNullOrWhiteSpace(a.Kpi))
                {
                    failures.Add($"{key}:Alerts:{j}:Kpi must be set.");
                }
                if (a.Below is null && a.Above is null)
                {
                    failures.Add($"{key}:Alerts:{j} needs Below or Above (KPI '{a.Kpi}').");
                }
            }
        }
        if (options.RemovedCurrencyKey is { } removed)
        {
            failures.Add($"Reports:Currency is no longer read, was '{removed}': the one currency setting is Warehouse:Currency (now '{options.Currency}'); remove Reports:Currency.");
        }
        if (options.ClaimLeaseMinutes < 1)
        {
            failures.Add($"Reports:ClaimLeaseMinutes must be at least 1, was {options.ClaimLeaseMinutes}.");
        }
        foreach (var (source, hours) in options.FreshnessLimitHours)
        {
            if (hours <= 0)
            {
                failures.Add($"Reports:FreshnessLimitHours:{source} must be more than 0 hours, was {hours}.");
            }
        }
        foreach (var (key, value) in options.MinimumSamples.Settings().Where(s => s.Value < 1))
        {
            failures.Add($"Reports:MinimumSamples:{key} must be at least 1, was {value}.");
        }
        if (options.TrendMonths is < 13 or > 24)
        {
            failures.Add($"Reports:TrendMonths must be between 13 and 24, was {options.TrendMonths}.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateScorecard(ReportDefinition d, string key, List<string> failures)
    {
        var known = Kpis.KpiCatalogViews.All.SelectMany(f => f.Headlines).Append(Kpis.KpiCatalogViews.ParetoShare)
            .Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (d.Scorecard.Count > Model.Scorecard.MaxKpis)
        {
            failures.Add($"{key}:Scorecard lists {d.Scorecard.Count} KPIs; a scorecard holds at most {Model.Scorecard.MaxKpis}.");
        }
        foreach (var kpi in d.Scorecard.Where(k => !known.Contains(k)))
        {
            failures.Add($"{key}:Scorecard names unknown KPI '{kpi}'; known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
        foreach (var (kpi, target) in d.Targets)
        {
            if (!known.Contains(kpi))
            {
                failures.Add($"{key}:Targets:{kpi} is not a known KPI key.");
            }
            if (target.FormsSet != 1)
            {
                failures.Add($"{key}:Targets:{kpi} must set exactly one of Value, ChangeVsLastYear or GrowthVsLastYear, was {target}.");
            }
        }
    }

    internal static bool IsEmail(string? text) =>
        !string.IsNullOrWhiteSpace(text) && MailboxAddress.TryParse(text, out var m) && m.Address.Contains('@', StringComparison.Ordinal) && m.Address == text.Trim();
}
