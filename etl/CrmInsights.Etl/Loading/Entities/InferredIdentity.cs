using System.Security.Cryptography;
using System.Text;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// The customer id of an inferred member created by a fact that names its buyer by loyalty id or email only:
/// <c>loyalty:&lt;id&gt;</c>, or <c>email:&lt;16 hex of SHA-256&gt;</c> (the address itself stays in the masked email columns).
/// The master record carrying the same loyalty id or email adopts the member (<see cref="CustomerLoader"/>).
/// </summary>
public static class InferredIdentity
{
    /// <summary>Prefix of members inferred from a loyalty id.</summary>
    public const string LoyaltyPrefix = "loyalty:";

    /// <summary>Prefix of members inferred from an email address.</summary>
    public const string EmailPrefix = "email:";

    /// <summary>The inferred id for a fact without customer_id; null when it has a customer_id or no identity at all.</summary>
    public static string? Of(string? customerId, string? loyaltyId, string? email)
    {
        if (customerId is not null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(loyaltyId))
        {
            return LoyaltyPrefix + loyaltyId.Trim();
        }

        return CustomerLoader.Normalize(email) is { } normalized
            ? EmailPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16]
            : null;
    }
}
