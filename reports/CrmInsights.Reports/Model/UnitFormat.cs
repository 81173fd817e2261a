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

    /// <summary>
    /// Text form of a value, e.g. "£45.53" (pence below 1,000), "£53.2k", "£1.25m", "23.4%", "1.85", "12.0 days";
    /// "–" for no value. Values are rounded to what is shown, so a text and its Excel cell agree.
    /// </summary>
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
            KpiUnit.Currency => (Round(v, unit) < 0 ? "-" : "") + CurrencySymbol(currency) + Money(Math.Abs(Round(v, unit))),
            KpiUnit.Percent => (v * 100).ToString("0.0", ci) + "%",
            KpiUnit.Ratio => v.ToString("0.00", ci),
            KpiUnit.Days => v.ToString("0.0", ci) + " days",
            _ => v.ToString("0.0", ci),
        };
    }

    /// <summary>
    /// Text form of a change: signed, in points for percent KPIs; a change that rounds to zero has no sign
    /// ("0.0 pts", never "-0.0 pts").
    /// </summary>
    public static string Change(decimal? change, KpiUnit unit, string currency)
    {
        if (change is not { } c)
        {
            return "–";
        }
        var rounded = Round(c, unit);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "-" : "";
        var abs = Math.Abs(rounded);
        return unit switch
        {
            KpiUnit.Percent => sign + (abs * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pts",
            _ => sign + Text(abs, unit, currency),
        };
    }

    /// <summary>A relative change (0.284 = +28.4 %) as "+28%" or "+28.4%"; no sign when it rounds to zero; "–" when undefined.</summary>
    public static string Relative(decimal? change, int decimals = 1)
    {
        if (change is not { } c)
        {
            return "–";
        }
        var pct = Math.Round(c * 100, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(pct).ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
        return (pct > 0 ? "+" : pct < 0 ? "-" : "") + text;
    }

    /// <summary>A value rounded to the precision its unit is shown with (money: pence below 1,000, else 100s or 10,000s).</summary>
    public static decimal Round(decimal value, KpiUnit unit) => unit switch
    {
        KpiUnit.Count => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        KpiUnit.Currency => Math.Abs(value) switch
        {
            >= 999_950m => Math.Round(value / 10_000m, 0, MidpointRounding.AwayFromZero) * 10_000m,
            >= 999.995m => Math.Round(value / 100m, 0, MidpointRounding.AwayFromZero) * 100m,
            _ => Math.Round(value, 2, MidpointRounding.AwayFromZero),
        },
        KpiUnit.Percent => Math.Round(value, 3, MidpointRounding.AwayFromZero),
        KpiUnit.Ratio => Math.Round(value, 2, MidpointRounding.AwayFromZero),
        _ => Math.Round(value, 1, MidpointRounding.AwayFromZero),
    };

    private static string Money(decimal abs) => abs switch
    {
        >= 1_000_000m => (abs / 1_000_000m).ToString("#,##0.00", CultureInfo.InvariantCulture) + "m",
        >= 1_000m => (abs / 1_000m).ToString("#,##0.0", CultureInfo.InvariantCulture) + "k",
        _ => abs.ToString("#,##0.00", CultureInfo.InvariantCulture),
    };

    /// <summary>The Excel number format for a unit; money takes its scale from the value (pence below 1,000, £k, £m).</summary>
    public static string ExcelFormat(KpiUnit unit, string currency, decimal? value = null) => unit switch
    {
        KpiUnit.Count => "#,##0",
        KpiUnit.Currency => ExcelMoney(currency, value),
        KpiUnit.Percent => "0.0%",
        KpiUnit.Ratio => "0.00",
        KpiUnit.Days => "0.0 \"days\"",
        _ => "0.0",
    };

    /// <summary>The Excel format of a change: always signed, nothing signed when zero (write <see cref="ExcelChangeValue"/>).</summary>
    public static string ExcelChangeFormat(KpiUnit unit, string currency, decimal? change = null)
    {
        if (unit == KpiUnit.Currency)
        {
            var money = ExcelMoney(currency, change);
            return "+" + money + ";-" + money + ";" + money;
        }
        return unit switch
        {
            KpiUnit.Percent => "+0.0\" pts\";-0.0\" pts\";0.0\" pts\"",
            KpiUnit.Count => "+#,##0;-#,##0;0",
            KpiUnit.Ratio => "+0.00;-0.00;0.00",
            KpiUnit.Days => "+0.0\" days\";-0.0\" days\";0.0\" days\"",
            _ => "+0.0;-0.0;0.0",
        };
    }

    /// <summary>The Excel format of a relative change column (0.284 shows "+28.4%"); write the value rounded to 0.001.</summary>
    public const string ExcelRelativeFormat = "+0.0%;-0.0%;0.0%";

    private static string ExcelMoney(string currency, decimal? value)
    {
        var symbol = "\"" + CurrencySymbol(currency).Replace("\"", "", StringComparison.Ordinal) + "\"";
        return Math.Abs(value ?? 0) switch
        {
            >= 999_950m => symbol + "#,##0.00,,\"m\"",
            >= 999.995m => symbol + "#,##0.0,\"k\"",
            _ => symbol + "#,##0.00",
        };
    }

    /// <summary>
    /// The value an Excel change cell holds: rounded to what its format shows (so a tiny fall is 0 and reads
    /// "0.0 pts", not "-0.0 pts"); percent changes in points.
    /// </summary>
    public static decimal? ExcelChangeValue(decimal? change, KpiUnit unit) =>
        change is not { } c ? null : unit == KpiUnit.Percent ? Round(c, unit) * 100 : Round(c, unit);
}
