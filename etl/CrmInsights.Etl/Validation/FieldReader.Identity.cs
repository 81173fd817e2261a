using System.Text.RegularExpressions;

namespace CrmInsights.Etl.Validation;

// Customer identifiers: one customer whether a tool wrote the id as text, as an integer or as a float.
internal sealed partial class FieldReader
{
    /// <summary>
    /// A customer identifier (customer_id, loyalty_id, user_id): trimmed text, except that a whole number written with a
    /// zero fraction (<c>17850.0</c>, as spreadsheets and float columns write integer ids) is the same id as <c>17850</c>.
    /// </summary>
    public string? Id(string name)
    {
        var v = Raw(name, out _);
        return Stored(name, v is not null && WholeWithZeroFraction().Match(v) is { Success: true } m ? m.Groups["whole"].Value : v);
    }

    [GeneratedRegex(@"^(?<whole>-?\d+)\.0+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WholeWithZeroFraction();
}
