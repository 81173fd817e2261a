using CrmInsights.Host.Cli;

return await CrmInsightsCli.Create().Parse(args).InvokeAsync(CrmInsightsCli.Invocation);
