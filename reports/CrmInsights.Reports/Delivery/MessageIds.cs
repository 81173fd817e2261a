using System.Security.Cryptography;
using System.Text;

namespace CrmInsights.Reports.Delivery;

/// <summary>Deterministic Message-IDs: the same (report, period, recipient) always gets the same id, so a re-send can be deduplicated.</summary>
public static class MessageIds
{
    /// <summary>The id (without angle brackets) for one delivery key.</summary>
    public static string For(string reportName, string period, string recipient, string domain)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{reportName}\n{period}\n{recipient.ToUpperInvariant()}"));
        return $"{Convert.ToHexStringLower(hash)[..32]}@{domain}";
    }
}
