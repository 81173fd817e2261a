namespace CrmInsights.Etl.Loading;

/// <summary>Progress of a run: which batch is being processed, how many are done, rows read in the current one.</summary>
/// <param name="Source">Source name.</param>
/// <param name="Origin">File name or query.</param>
/// <param name="Completed">Batches finished so far.</param>
/// <param name="Total">Batches in the run (known after listing the inbox).</param>
/// <param name="RowsRead">Rows read in the current batch so far.</param>
/// <param name="Stage">extract, load, checks or done.</param>
public sealed record EtlProgress(string Source, string Origin, int Completed, int Total, long RowsRead, string Stage);
