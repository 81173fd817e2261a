using System.CommandLine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Host.Cli;

/// <summary>
/// Runs a verb's body with the two kinds of failure handled one way everywhere: an expected
/// failure (a bad configuration included) prints its one-line message and exits with its
/// documented code; anything else is logged whole and exits 1. A job that failed never exits 0.
/// </summary>
internal static class VerbRunner
{
    /// <param name="validateOptions">False only for <c>config</c>, which shows an invalid configuration before refusing it.</param>
    public static void SetRun(this Command command, Func<CliContext, ParseResult, CancellationToken, Task<int>> body, bool validateOptions = true) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            CliContext? context = null;
            try
            {
                context = CliContext.Create(parseResult, validateOptions);
                return await body(context, parseResult, cancellationToken);
            }
            catch (ExpectedFailureException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ToExitCode(e.Kind);
            }
            catch (Exception e) when (ConfigurationProblems.Describe(e) is { } problems)
            {
                // Options first read inside a verb (not at start): the same exit and sentences as at start.
                await Console.Error.WriteLineAsync($"error: {ConfigurationProblems.Invalid(problems).Message}");
                return ExitCodes.Configuration;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("cancelled: the running batch was rolled back; re-run to continue.");
                return ExitCodes.Cancelled;
            }
            catch (Exception e)
            {
                if (context is not null)
                {
                    context.Logger("crm-insights").LogError(e, "Unexpected failure in {Verb}", command.Name);
                }
                else
                {
                    // No logger yet (the services could not be built): the whole exception still reaches the operator.
                    await Console.Error.WriteLineAsync($"fail: Unexpected failure in {command.Name}: {e}");
                }
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
