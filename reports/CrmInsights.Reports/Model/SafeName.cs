using System.Text;

namespace CrmInsights.Reports.Model;

/// <summary>Turns untrusted text (report names, store ids) into a file-name part that cannot escape its folder.</summary>
public static class SafeName
{
    /// <summary>Keeps ASCII letters, digits, '-' and '_'; everything else becomes '_'. Never empty, never "." or "..".</summary>
    public static string For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(Math.Min(text.Length, 64));
        foreach (var c in text)
        {
            if (sb.Length == 64)
            {
                break;
            }
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }
        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
