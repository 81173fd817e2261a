using CrmInsights.Host.Cli;

return await CrmInsightsCli.RunAsync(args);
