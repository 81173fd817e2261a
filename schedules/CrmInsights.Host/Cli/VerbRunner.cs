using System.CommandLine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Host.Cli;

/// <summary>
/// Runs a verb's body with the two kinds of failure handled one way everywhere: an expected
/// failure prints its one-line message and exits with its documented code; anything else is
/// logged whole and exits 1. A job that failed never exits 0.
/// </summary>
internal static class VerbRunner
{
    public static void SetRun(this Command command, Func<CliContext, ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            CliContext? context = null;
            try
            {
                context = CliContext.Create(parseResult);
                return await body(context, parseResult, cancellationToken);
            }
            catch (ExpectedFailureException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ToExitCode(e.Kind);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("cancelled: the running batch was rolled back; re-run to continue.");
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (context is not null)
            {
                context.Logger("crm-insights").LogError(e, "Unexpected failure in {Verb}", command.Name);
                return ExitCodes.Failed;
            }
            finally
            {
                if (context is not null)
                {
                    await context.DisposeAsync();
                }
            }
        });

    public static int ToExitCode(FailureKind kind) => kind switch
    {
        FailureKind.Configuration => ExitCodes.Configuration,
        FailureKind.Input => ExitCodes.Input,
        FailureKind.Environment => ExitCodes.Environment,
        FailureKind.Data => ExitCodes.Data,
        _ => ExitCodes.Failed,
    };
}
