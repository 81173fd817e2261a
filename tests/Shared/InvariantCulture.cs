using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrmInsights.TestSupport;

/// <summary>
/// Pins every test thread's culture to the invariant culture before any test runs (linked into every test project), so
/// the code under test formats and parses the same on any machine, and the tests may build strings without a culture
/// argument (the reason CA1305/CA1307/CA1310 are off in tests/Directory.Build.props).
/// </summary>
internal static class InvariantCulture
{
    [ModuleInitializer]
    internal static void Pin()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
