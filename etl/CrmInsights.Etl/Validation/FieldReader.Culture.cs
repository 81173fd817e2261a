namespace CrmInsights.Etl.Validation;

// Numbers in the mapping's culture (text files only: typed values from Parquet, JSON and databases are invariant), and the
// formats a reason lists as tried.
internal sealed partial class FieldReader
{
    private bool TryNumber(string name, string text, bool money, out decimal value, out string problem) =>
        NumberText.TryParse(text, textNumbers ? mapping.NumberFormatOf(name) : NumberFormat.Invariant with { ConfigKey = mapping.FieldKey(name) }, money, out value, out problem);

    private bool TryWhole(string name, string text, out long value, out string problem)
    {
        value = 0;
        if (!TryNumber(name, text, false, out var d, out problem))
        {
            return false;
        }

        if (d != decimal.Truncate(d) || d < long.MinValue || d > long.MaxValue)
        {
            problem = "";
            return false;
        }

        value = (long)d;
        return true;
    }

    private string FormatsTried(string name, string fallback) =>
        MappingOf(name)?.Formats is { Count: > 0 } formats ? $"the configured format(s) {string.Join(", ", formats)} or {fallback}" : fallback;
}
