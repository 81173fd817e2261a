namespace CrmInsights.Etl.Sources.Readers;

/// <summary>A streaming reader of raw rows from one file or query.</summary>
internal interface IRowSource : IAsyncDisposable
{
    /// <summary>Column names when the format has a header or schema; null for schemaless JSON Lines.</summary>
    IReadOnlyCollection<string>? Columns { get; }

    /// <summary>Opens the source and reads its header/schema; throws <see cref="UnreadableSourceException"/> when it cannot.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Streams the rows; throws <see cref="UnreadableSourceException"/> when the rest of the file cannot be read.</summary>
    IAsyncEnumerable<RawRow> ReadAsync(CancellationToken cancellationToken);
}
