using System.Globalization;

namespace CrmInsights.Host.Commands;

/// <summary>Prints benchmark figures one per line, aligned, invariant culture.</summary>
internal static class BenchmarkFigures
{
    public static void Print(string label, string value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-22} {value}"));

    public static string Megabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576:N1} MiB");

    public static string Number(double value, string unit) => string.Create(CultureInfo.InvariantCulture, $"{value:N0} {unit}");
}
