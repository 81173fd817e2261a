using System.CommandLine;
using System.Globalization;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Commands.Benchmark;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights benchmark affinity --customers N --months M</c>: writes a synthetic warehouse of N customers (about 9
/// order lines each a year) in a scratch folder and prints the time to compute product affinity, the next best offers and
/// their action list for the last month. The scratch folder is deleted afterwards.
/// </summary>
internal static class BenchmarkAffinityCommand
{
    private const int DefaultCustomers = 100_000;
    private const int DefaultMonths = 12;

    public static Command Create()
    {
        var command = new Command("affinity", "Benchmark product affinity and next best offers on a synthetic warehouse: print the time to compute each for one month.")
        {
            BenchmarkCommand.Customers, BenchmarkCommand.Months, BenchmarkCommand.Scratch,
        };
        command.SetRun(async (_, parse, cancellationToken) =>
        {
            var customers = parse.GetValue(BenchmarkCommand.Customers) ?? DefaultCustomers;
            var months = parse.GetValue(BenchmarkCommand.Months) ?? DefaultMonths;
            if (customers is < 1 or > 20_000_000 || months is < 1 or > 120)
            {
                throw new ExpectedFailureException(FailureKind.Configuration, string.Create(CultureInfo.InvariantCulture,
                    $"benchmark affinity needs --customers between 1 and 20,000,000 and --months between 1 and 120, was {customers} and {months}."));
            }

            using var scratch = BenchmarkScratch.Create(parse.GetValue(BenchmarkCommand.Scratch));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"benchmark affinity: {customers:N0} customers, {months} months, in {scratch.Path} (deleted afterwards)"));
            var f = await AffinityBenchmark.RunAsync(scratch.Path, customers, months, cancellationToken);
            BenchmarkFigures.Print("synthetic warehouse", string.Create(CultureInfo.InvariantCulture, $"{f.Lines:N0} order lines written in {f.Load.TotalSeconds:N1} s"));
            BenchmarkFigures.Print("affinity", string.Create(CultureInfo.InvariantCulture, $"{f.PairsTime.TotalSeconds:N2} s ({f.Pairs:N0} item pairs, mart.ProductAffinity)"));
            BenchmarkFigures.Print("offers", string.Create(CultureInfo.InvariantCulture, $"{f.OffersTime.TotalSeconds:N2} s ({f.Offers:N0} offers, mart.NextBestOffer)"));
            BenchmarkFigures.Print("action list", string.Create(CultureInfo.InvariantCulture, $"{f.ListTime.TotalSeconds:N2} s ({f.Listed:N0} customers, mart.ActionNextBestOffer)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
