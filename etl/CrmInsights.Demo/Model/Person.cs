using System.Globalization;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Model;

/// <summary>
/// A customer's personal details, re-derived from (seed, id, revision) whenever a row is
/// written instead of being stored: a revision is a type-1 correction (new surname and phone).
/// Emails use reserved example domains and phones Ofcom's drama range, so nothing is real.
/// </summary>
internal readonly record struct Person(string FirstName, string LastName, string Gender, DateOnly? BirthDate, string Email, string? Phone)
{
    public static Person For(long seed, int id, int revision)
    {
        var rng = SplitMix64.For(seed, StreamIds.Identity, (ulong)id);
        var g = rng.NextDouble();
        var gender = g < 0.51 ? "F" : g < 0.97 ? "M" : "X";
        var firstNames = gender == "F" || (gender == "X" && rng.Chance(0.5)) ? Names.FemaleFirst : Names.MaleFirst;
        var first = firstNames[rng.Next(firstNames.Length)];
        var last = Names.Last[rng.Next(Names.Last.Length)];
        var age = 18 + (int)Math.Min(67, Distributions.Gamma(ref rng, 6, 0.2));
        DateOnly? birth = rng.Chance(0.88)
            ? new DateOnly(2024 - age, 1, 1).AddDays(rng.Next(365))
            : null;
        var local = Ascii(first) + "." + Ascii(last).Replace("'", "", StringComparison.Ordinal) + (id + 1).ToString(CultureInfo.InvariantCulture);
        var email = local.ToLowerInvariant() + "@" + Names.EmailDomains[rng.Next(Names.EmailDomains.Length)];
        var hasPhone = rng.Chance(0.7);
        var phoneRng = SplitMix64.For(seed, StreamIds.Identity, (ulong)id, (ulong)revision + 1);
        if (revision > 0)
        {
            last = Names.Last[phoneRng.Next(Names.Last.Length)];
        }

        var phone = hasPhone ? "+44 7700 900" + phoneRng.Next(1000).ToString("D3", CultureInfo.InvariantCulture) : null;
        return new Person(first, last, gender, birth, email, phone);
    }

    private static string Ascii(string s) => s
        .Replace("é", "e", StringComparison.Ordinal).Replace("ë", "e", StringComparison.Ordinal)
        .Replace("á", "a", StringComparison.Ordinal);
}
