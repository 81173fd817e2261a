namespace CrmInsights.Analytics.Rfm;

/// <summary>
/// An R×F cell pattern such as <c>51</c>, <c>5[4-5]</c> or <c>[1-2][3-4]</c>: two positions, R
/// then F, each a digit 1–5, a range <c>[a-b]</c> or a set <c>[135]</c>.
/// </summary>
public sealed class RfmPattern
{
    private readonly bool[] _r;
    private readonly bool[] _f;

    private RfmPattern(string text, bool[] r, bool[] f) => (Text, _r, _f) = (text, r, f);

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Parses a pattern, or returns the reason it is invalid.</summary>
    public static bool TryParse(string? text, out RfmPattern? pattern, out string? error)
    {
        pattern = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "pattern is empty";
            return false;
        }

        string trimmed = text.Trim();
        int position = 0;
        if (!TryParsePart(trimmed, ref position, out bool[]? r, out error) || !TryParsePart(trimmed, ref position, out bool[]? f, out error))
        {
            return false;
        }

        if (position != trimmed.Length)
        {
            error = $"unexpected '{trimmed[position..]}' after the F position";
            return false;
        }

        pattern = new RfmPattern(trimmed, r!, f!);
        return true;
    }

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="FormatException">The pattern is invalid.</exception>
    public static RfmPattern Parse(string text) =>
        TryParse(text, out var pattern, out string? error) ? pattern! : throw new FormatException($"RFM pattern '{text}': {error}.");

    /// <summary>Whether the cell (r, f) matches.</summary>
    public bool Matches(int r, int f) => r is >= 1 and <= 5 && f is >= 1 and <= 5 && _r[r] && _f[f];

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool TryParsePart(string text, ref int position, out bool[]? digits, out string? error)
    {
        digits = new bool[6];
        error = null;
        if (position >= text.Length)
        {
            error = "needs two positions, R then F";
            return false;
        }

        if (text[position] != '[')
        {
            return TryDigit(text[position++], digits, out error);
        }

        int close = text.IndexOf(']', position);
        if (close < 0)
        {
            error = "'[' without ']'";
            return false;
        }

        string inner = text[(position + 1)..close];
        position = close + 1;
        if (inner.Length == 3 && inner[1] == '-')
        {
            if (!TryDigit(inner[0], digits, out error) || !TryDigit(inner[2], digits, out error))
            {
                return false;
            }

            int low = inner[0] - '0', high = inner[2] - '0';
            if (low > high)
            {
                error = $"range [{inner}] runs backwards";
                return false;
            }

            for (int d = low; d <= high; d++)
            {
                digits[d] = true;
            }

            return true;
        }

        if (inner.Length == 0)
        {
            error = "empty []";
            return false;
        }

        foreach (char c in inner)
        {
            if (!TryDigit(c, digits, out error))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDigit(char c, bool[] digits, out string? error)
    {
        if (c is < '1' or > '5')
        {
            error = $"'{c}' is not a score 1-5";
            return false;
        }

        digits[c - '0'] = true;
        error = null;
        return true;
    }
}
