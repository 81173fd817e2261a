namespace CrmInsights.Etl.Validation;

/// <summary>How numbers are written in a text export: the decimal separator and, when configured, the thousands separator.</summary>
/// <param name="DecimalSeparator">'.' or ','.</param>
/// <param name="DecimalConfigured">True when the decimal separator was set in configuration (then the other of '.'/',' may group thousands).</param>
/// <param name="Thousands">The configured thousands separator; '\0' = none allowed; null = not configured (an unambiguous grouping by the other of '.'/',' is accepted, an ambiguous one rejected).</param>
/// <param name="ConfigKey">The configuration key that sets this field's number format (named in reasons).</param>
public sealed record NumberFormat(char DecimalSeparator, bool DecimalConfigured, char? Thousands, string ConfigKey)
{
    /// <summary>Invariant numbers (typed sources: Parquet, JSON numbers, database values).</summary>
    public static NumberFormat Invariant { get; } = new('.', true, '\0', "");

    /// <summary>Reads a configured separator value; returns false when it is not one of the accepted spellings.</summary>
    public static bool TryParseSeparator(string? text, bool isDecimal, out char? separator)
    {
        separator = null;
        if (text is null)
        {
            return true;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case ".":
                separator = '.';
                return true;
            case ",":
                separator = ',';
                return true;
            case "'" when !isDecimal:
                separator = '\'';
                return true;
            case "space" or "" when !isDecimal && text.Length > 0:
                separator = ' ';
                return true;
            case "none" when !isDecimal:
                separator = '\0';
                return true;
            default:
                return false;
        }
    }
}
