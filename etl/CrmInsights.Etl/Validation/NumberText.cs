using System.Globalization;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// Reads numbers written in a retailer's culture: decimal and thousands separators, currency symbols or ISO codes on either
/// side (money), signs in front, behind or as parentheses. Never reinterprets: a value that could be read two ways, or that
/// uses a separator the configuration does not allow, is refused with a reason that names the key which decides it.
/// </summary>
internal static class NumberText
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> explains what was seen and which key fixes it.</summary>
    public static bool TryParse(string text, NumberFormat format, bool money, out decimal value, out string problem)
    {
        value = 0;
        problem = "";
        var s = text.Trim();
        var negative = false;
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')')
        {
            negative = true;
            s = s[1..^1].Trim();
        }

        s = TakeSign(s, ref negative);
        var stripped = StripCurrency(s);
        if (stripped.Length != s.Length)
        {
            if (!money)
            {
                problem = $" (it carries a currency symbol or code; set {format.ConfigKey}:Money to true if the field is money)";
                return false;
            }

            s = TakeSign(stripped, ref negative);
        }

        if (s.EndsWith('-'))
        {
            negative = !negative;
            s = s[..^1].TrimEnd();
        }

        if (s.Length == 0)
        {
            return false;
        }

        // Scientific notation only exists in invariant exports (spreadsheets, Parquet doubles written as text).
        if (format.DecimalSeparator == '.' && s.Contains('E', StringComparison.OrdinalIgnoreCase)
            && decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            value = negative ? -value : value;
            return true;
        }

        if (!TryDigits(s, format, out var canonical, out problem))
        {
            return false;
        }

        if (!decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            problem = " (too large for a decimal number)";
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static string TakeSign(string s, ref bool negative)
    {
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            negative ^= s[0] == '-';
            return s[1..].TrimStart();
        }

        return s;
    }

    // Currency words written beside amounts besides three-letter ISO codes (EUR, USD) and symbols (category Sc: $ £ € ¥ ₹).
    private static readonly HashSet<string> CurrencyWords = new(StringComparer.Ordinal) { "kr", "Kr", "zł", "Kč", "Ft", "Fr", "Fr.", "lei", "Rs", "Rs.", "R", "S/", "Lek" };

    // Strips currency symbols, ISO codes and currency words at either end (repeatedly: "R$", "EUR €"); anything else stays
    // and later fails as an unexpected character, so "12abc" is never read as 12.
    private static string StripCurrency(string s)
    {
        while (true)
        {
            var before = s;
            s = s.Trim();
            while (s.Length > 0 && char.GetUnicodeCategory(s[0]) == UnicodeCategory.CurrencySymbol)
            {
                s = s[1..].TrimStart();
            }

            while (s.Length > 0 && char.GetUnicodeCategory(s[^1]) == UnicodeCategory.CurrencySymbol)
            {
                s = s[..^1].TrimEnd();
            }

            var lead = 0;
            while (lead < s.Length && (char.IsLetter(s[lead]) || (lead > 0 && s[lead] is '.' or '/')))
            {
                lead++;
            }

            if (lead > 0 && IsCurrencyWord(s[..lead]))
            {
                s = s[lead..];
            }

            var trail = s.Length;
            while (trail > 0 && (char.IsLetter(s[trail - 1]) || (trail < s.Length && s[trail - 1] is '.' or '/') || (s[trail - 1] == '.' && trail == s.Length)))
            {
                trail--;
            }

            if (trail < s.Length && IsCurrencyWord(s[trail..]))
            {
                s = s[..trail];
            }

            if (s == before)
            {
                return s;
            }
        }
    }

    private static bool IsCurrencyWord(string token) =>
        (token.Length == 3 && token.All(char.IsAsciiLetterUpper)) || CurrencyWords.Contains(token);

    private static bool TryDigits(string s, NumberFormat format, out string canonical, out string problem)
    {
        canonical = "";
        problem = "";
        var dec = format.DecimalSeparator;
        var other = dec == '.' ? ',' : '.';
        char? thousands = format.Thousands;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c != dec && c != other && c != thousands && !(thousands == ' ' && c is '\u00a0' or '\u202f'))
            {
                problem = $" (unexpected character '{c}')";
                return false;
            }
        }

        var decimals = s.Count(c => c == dec);
        var lastDec = s.LastIndexOf(dec);
        if (thousands is null)
        {
            // Not configured: the other separator may group thousands only where no other reading exists.
            var others = s.Count(c => c == other);
            if (others > 0)
            {
                var intPart = decimals > 0 ? s[..lastDec] : s;
                var groups = intPart.Split(other);
                var grouped = groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
                if (!grouped || decimals > 1 || (decimals > 0 && s.IndexOf(other) > lastDec))
                {
                    problem = $" ('{other}' is not the decimal separator '{dec}' here; if the file writes decimals with '{other}', set {format.ConfigKey}:DecimalSeparator to '{other}')";
                    return false;
                }

                if (decimals == 0 && groups.Length == 2 && !format.DecimalConfigured)
                {
                    problem = $" (ambiguous: '{s}' reads as {groups[0]}{groups[1]} with '{other}' grouping thousands or {groups[0]}{dec}{groups[1]} with '{other}' as decimal separator; set {format.ConfigKey}:DecimalSeparator or :ThousandsSeparator)";
                    return false;
                }

                thousands = other;
            }
            else
            {
                thousands = '\0';
            }
        }

        if (decimals > 1)
        {
            problem = $" (more than one decimal separator '{dec}')";
            return false;
        }

        var whole = decimals == 1 ? s[..lastDec] : s;
        var fraction = decimals == 1 ? s[(lastDec + 1)..] : "";
        if (whole.Any(c => !char.IsAsciiDigit(c)))
        {
            var t = thousands.Value;
            var groups = whole.Split(t is ' ' ? [' ', '\u00a0', '\u202f'] : [t]);
            if (t == '\0' || groups.Length < 2 || groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || groups.Any(g => !g.All(char.IsAsciiDigit)))
            {
                var seen = whole.First(c => !char.IsAsciiDigit(c));
                problem = t == '\0'
                    ? $" ('{seen}' is not allowed: no thousands separator is configured; set {format.ConfigKey}:ThousandsSeparator, or :DecimalSeparator if '{seen}' marks decimals)"
                    : $" ('{seen}' does not group thousands of 3 digits (thousands separator '{(t == ' ' ? "space" : t.ToString())}'); check {format.ConfigKey}:DecimalSeparator and :ThousandsSeparator)";
                return false;
            }

            whole = string.Concat(groups);
        }

        if (fraction.Any(c => !char.IsAsciiDigit(c)) || (whole.Length == 0 && fraction.Length == 0))
        {
            problem = $" (digits expected after the decimal separator '{dec}')";
            return false;
        }

        canonical = fraction.Length == 0 ? whole : $"{(whole.Length == 0 ? "0" : whole)}.{fraction}";
        return true;
    }
}
