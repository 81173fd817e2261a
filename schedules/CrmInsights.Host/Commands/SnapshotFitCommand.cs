using System.CommandLine;
using System.Globalization;
using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Host.Cli;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights snapshot fit --as-of yyyy-MM-dd</c>: fits BG/NBD and Gamma-Gamma on the identified customers'
/// purchase days up to that date, as the derive does for a month end, and prints the estimates, log-likelihoods and
/// each model's verdict. Stores nothing and takes no lock. Exit codes: 0 printed (also for a flagged fit); 3 bad date;
/// 4 the warehouse is missing.
/// </summary>
internal static class SnapshotFitCommand
{
    private static readonly Option<string> AsOf = new("--as-of") { Description = "Last purchase date of the calibration window, yyyy-MM-dd (inclusive).", Required = true };

    public static Command Create()
    {
        var command = new Command("fit", "Print a CLV fit (BG/NBD + Gamma-Gamma) on the purchases up to a date, storing nothing.") { AsOf };
        command.SetRun(async (context, parse, cancellationToken) =>
        {
            var text = parse.GetValue(AsOf)!;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            {
                throw new ExpectedFailureException(FailureKind.Input, $"--as-of '{text}' is not a date in the form yyyy-MM-dd.");
            }

            var engine = context.Get<IWarehouseEngine>();
            if (Preflight.MissingWarehouse(engine) is { } missing)
            {
                throw new ExpectedFailureException(FailureKind.Environment, missing);
            }

            var fit = await context.Get<SnapshotDeriver>().FitAsOfAsync(asOf, cancellationToken);
            Console.Write(Describe(asOf, fit));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The printed report: window, counts, each model's estimates, log-likelihood and verdict.</summary>
    internal static string Describe(DateOnly asOf, ClvFitAttempt? fit)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"CLV fit on the purchases up to {asOf:yyyy-MM-dd} (nothing stored)");
        if (fit is null)
        {
            return text.AppendLine("no identified customer has bought by then: nothing to fit").ToString();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"customers: {fit.CustomerCount:N0}, repeat buyers: {fit.RepeatCustomerCount:N0}, time unit: {fit.TimeUnit.ToString().ToLowerInvariant()}");
        if (fit.BgNbd is { } b)
        {
            var p = b.Parameters;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"BG/NBD       r = {p.R:G6}  alpha = {p.Alpha:G6}  a = {p.A:G6}  b = {p.B:G6}  log-likelihood = {b.LogLikelihood:F4}  {b.Status} ({b.Iterations} iterations)");
        }

        if (fit.GammaGamma is { } g)
        {
            var p = g.Parameters;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Gamma-Gamma  p = {p.P:G6}  q = {p.Q:G6}  gamma = {p.Gamma:G6}  log-likelihood = {g.LogLikelihood:F4}  {g.Status} ({g.Iterations} iterations, {g.CustomerCount:N0} repeat buyers with spend)");
            if (g.IsValid)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"             mean spend per purchase p*gamma/(q-1) = {p.PopulationMeanSpend:F2}");
            }
        }

        foreach (var note in new[] { fit.BgNbd?.Problem ?? fit.BgNbdFailure, fit.GammaGamma?.Problem ?? fit.GammaGammaFailure }.OfType<string>())
        {
            text.AppendLine("note: " + note);
        }

        return text.ToString();
    }
}
