using ClosedXML.Excel;

namespace CrmInsights.Reports.Workbooks;

/// <summary>
/// Typed cell writers. Text goes through <see cref="Text"/> only, which stores it as a literal
/// string: never a formula, a hyperlink or a number, whatever it starts with.
/// </summary>
internal static class Cells
{
    private static readonly char[] FormulaLeaders = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes source text verbatim as a text cell.</summary>
    public static IXLCell Text(IXLCell cell, string? text)
    {
        var value = Sanitise(text ?? "");
        // SetValue<string> stores the string as-is (the Value setter would parse "00123", dates, TRUE).
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (value.Length > 0 && Array.IndexOf(FormulaLeaders, value[0]) >= 0)
        {
            // A quote prefix keeps Excel from turning the text into a formula even when a user edits the cell.
            cell.Style.IncludeQuotePrefix = true;
        }
        return cell;
    }

    /// <summary>Writes a number with an Excel number format, or leaves the cell empty when there is no value.</summary>
    public static IXLCell Number(IXLCell cell, decimal? value, string format)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
        }
        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    /// <summary>
    /// Writes a KPI value with its unit's format (money scaled by the value: pence, £k, £m); a value on a sample
    /// below its minimum shows "⚠ " in its format, so it stays a number.
    /// </summary>
    public static IXLCell Kpi(IXLCell cell, decimal? value, Model.KpiUnit unit, string currency, bool smallSample = false) =>
        Number(cell, value, (smallSample ? "\"⚠ \"" : "") + Model.UnitFormat.ExcelFormat(unit, currency, value));

    /// <summary>Writes a signed change, rounded to what its format shows (never "-0.0").</summary>
    public static IXLCell KpiChange(IXLCell cell, decimal? change, Model.KpiUnit unit, string currency) =>
        Number(cell, Model.UnitFormat.ExcelChangeValue(change, unit), Model.UnitFormat.ExcelChangeFormat(unit, currency, change));

    /// <summary>Writes a whole number.</summary>
    public static IXLCell Count(IXLCell cell, long value)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = "#,##0";
        return cell;
    }

    /// <summary>Writes a date (Excel serial date) with a date format.</summary>
    public static IXLCell Date(IXLCell cell, DateTime? value, string format = "yyyy-mm-dd")
    {
        if (value is { } v)
        {
            cell.SetValue(v);
        }
        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    /// <summary>Removes characters XML 1.0 cannot hold (control characters other than tab/CR/LF), so the file stays valid.</summary>
    public static string Sanitise(string text)
    {
        if (!text.Any(c => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
        {
            return text;
        }
        var chars = new List<char>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                chars.Add(c);
                chars.Add(text[++i]);
            }
            else if (!((c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
            {
                chars.Add(c);
            }
        }
        return new string(chars.ToArray());
    }
}
