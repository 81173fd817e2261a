using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using Parquet;

namespace CrmInsights.Etl.Landing;

/// <summary>Writes accepted records of one batch as Parquet row groups to a temporary file, then publishes it atomically.</summary>
internal abstract class LakeWriter : IAsyncDisposable
{
    public abstract long RowCount { get; }

    public abstract Task AddAsync(ICanonicalRecord record, CancellationToken cancellationToken);

    /// <summary>Flushes, closes and moves the file to <paramref name="finalPath"/> (an existing file with the same content hash is kept).</summary>
    public abstract Task<string> PublishAsync(string finalPath, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>A writer of the entity's lake file for one batch.</summary>
    public static LakeWriter Create(EntityInfo entity, string directory, int rowGroupSize) => entity.CreateLakeWriter(directory, rowGroupSize);
}

/// <inheritdoc/>
internal sealed class LakeWriter<T>(LakeSchema<T> schema, string directory, int rowGroupSize) : LakeWriter
    where T : class, ICanonicalRecord
{
    private readonly List<T> _buffer = new(Math.Min(rowGroupSize, 4096));
    private readonly string _tempPath = Path.Combine(directory, $".landing-{Guid.NewGuid():N}.parquet.tmp");
    private FileStream? _stream;
    private ParquetWriter? _writer;
    private long _rows;
    private bool _published;

    public override long RowCount => _rows;

    public override async Task AddAsync(ICanonicalRecord record, CancellationToken cancellationToken)
    {
        _buffer.Add((T)record);
        _rows++;
        if (_buffer.Count >= rowGroupSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public override async Task<string> PublishAsync(string finalPath, CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken);
        await FlushAsync(cancellationToken);
        await _writer!.DisposeAsync();
        _writer = null;
        await _stream!.DisposeAsync();
        _stream = null;
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        if (File.Exists(finalPath))
        {
            // Same source, entity and content hash: the landed file already holds exactly these rows.
            File.Delete(_tempPath);
        }
        else
        {
            File.Move(_tempPath, finalPath);
        }

        _published = true;
        return finalPath;
    }

    private async Task EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            Directory.CreateDirectory(directory);
            _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            _writer = await ParquetWriter.CreateAsync(schema.Schema, _stream, cancellationToken: cancellationToken);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        await EnsureOpenAsync(cancellationToken);
        using (var rg = _writer!.CreateRowGroup())
        {
            foreach (var column in schema.Columns)
            {
                await column.WriteAsync(rg, _buffer, cancellationToken);
            }
        }

        _buffer.Clear();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }

        if (!_published && File.Exists(_tempPath))
        {
            // An abandoned (failed or cancelled) landing is our own scratch output, not source data.
            File.Delete(_tempPath);
        }
    }
}
