using System.Globalization;
using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Tests.Clv;

/// <summary>Reads the CDNOW calibration summaries copied under Data/cdnow (weeks).</summary>
internal static class CdnowData
{
    private static readonly Lazy<IReadOnlyList<CustomerSummary>> Summaries = new(() => Read("cdnow_customers_summary_with_transactions.csv", hasMean: true));
    private static readonly Lazy<IReadOnlyList<CustomerSummary>> Plain = new(() => Read("cdnow_customers_summary.csv", hasMean: false));

    /// <summary>ID, x, t_x, T, zbar (zbar 0 for x = 0 becomes null).</summary>
    public static IReadOnlyList<CustomerSummary> WithTransactions => Summaries.Value;

    /// <summary>ID, frequency, recency, T.</summary>
    public static IReadOnlyList<CustomerSummary> Summary => Plain.Value;

    private static List<CustomerSummary> Read(string file, bool hasMean)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "cdnow", file);
        var rows = new List<CustomerSummary>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split(',');
            int x = int.Parse(f[1], CultureInfo.InvariantCulture);
            double? mean = hasMean && x > 0 ? double.Parse(f[4], CultureInfo.InvariantCulture) : null;
            rows.Add(new CustomerSummary(
                long.Parse(f[0], CultureInfo.InvariantCulture), x,
                double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), mean));
        }

        return rows;
    }
}
