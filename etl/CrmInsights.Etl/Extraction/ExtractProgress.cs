namespace CrmInsights.Etl.Extraction;

/// <summary>Progress of an extraction: rows read so far from one file or query.</summary>
/// <param name="Source">Source name.</param>
/// <param name="Entity">Entity name.</param>
/// <param name="Origin">File name or query description.</param>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="Completed">True on the final report.</param>
public sealed record ExtractProgress(string Source, string Entity, string Origin, long RowsRead, bool Completed);
