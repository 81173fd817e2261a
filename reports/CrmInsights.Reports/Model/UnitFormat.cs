using System.Globalization;

namespace CrmInsights.Reports.Model;

/// <summary>
/// The one place that says how a unit looks: as text (email, charts, narrative) and as an
/// Excel number format (workbook). Invariant culture throughout.
/// </summary>
public static class UnitFormat
{
    /// <summary>The symbol for common ISO currency codes, else the code itself followed by a space.</summary>
    public static string CurrencySymbol(string currency) => currency.ToUpperInvariant() switch
    {
        "GBP" => "£",
        "EUR" => "€",
        "USD" => "$",
        _ => currency.ToUpperInvariant() + " ",
    };

    /// <summary>Text form of a value, e.g. "£12,345", "23.4%", "1.85", "12.0 days"; "–" for no value.</summary>
    public static string Text(decimal? value, KpiUnit unit, string currency)
    {
        if (value is not { } v)
        {
            return "–";
        }
        var ci = CultureInfo.InvariantCulture;
        return unit switch
        {
            KpiUnit.Count => v.ToString("#,##0", ci),
            KpiUnit.Currency => (v < 0 ? "-" : "") + CurrencySymbol(currency) + Math.Abs(v).ToString("#,##0", ci),
            KpiUnit.Percent => (v * 100).ToString("0.0", ci) + "%",
            KpiUnit.Ratio => v.ToString("0.00", ci),
            KpiUnit.Days => v.ToString("0.0", ci) + " days",
            _ => v.ToString("0.0", ci),
        };
    }

    /// <summary>Text form of a change: signed; percentage points for percent KPIs.</summary>
    public static string Change(decimal? change, KpiUnit unit, string currency)
    {
        if (change is not { } c)
        {
            return "–";
        }
        var sign = c > 0 ? "+" : c < 0 ? "-" : "±";
        var abs = Math.Abs(c);
        return unit switch
        {
            KpiUnit.Percent => sign + (abs * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pts",
            _ => sign + Text(abs, unit, currency),
        };
    }

    /// <summary>The Excel number format for a unit.</summary>
    public static string ExcelFormat(KpiUnit unit, string currency) => unit switch
    {
        KpiUnit.Count => "#,##0",
        KpiUnit.Currency => ExcelCurrency(currency, decimals: 0),
        KpiUnit.Percent => "0.0%",
        KpiUnit.Ratio => "0.00",
        KpiUnit.Days => "0.0 \"days\"",
        _ => "0.0",
    };

    /// <summary>The Excel format of a change column: always signed.</summary>
    public static string ExcelChangeFormat(KpiUnit unit, string currency) => unit switch
    {
        KpiUnit.Percent => "+0.0\" pts\";-0.0\" pts\";0.0\" pts\"",
        KpiUnit.Currency => "+" + ExcelCurrency(currency, 0) + ";-" + ExcelCurrency(currency, 0) + ";" + ExcelCurrency(currency, 0),
        KpiUnit.Count => "+#,##0;-#,##0;0",
        KpiUnit.Ratio => "+0.00;-0.00;0.00",
        KpiUnit.Days => "+0.0\" days\";-0.0\" days\";0.0\" days\"",
        _ => "+0.0;-0.0;0.0",
    };

    /// <summary>A currency format with the symbol quoted, e.g. "\"£\"#,##0.00".</summary>
    public static string ExcelCurrency(string currency, int decimals) =>
        "\"" + CurrencySymbol(currency).Replace("\"", "", StringComparison.Ordinal) + "\"#,##0" + (decimals > 0 ? "." + new string('0', decimals) : "");

    /// <summary>Scales a change for its Excel change format: percent changes are shown in points.</summary>
    public static decimal? ExcelChangeValue(decimal? change, KpiUnit unit) => unit == KpiUnit.Percent ? change * 100 : change;
}
