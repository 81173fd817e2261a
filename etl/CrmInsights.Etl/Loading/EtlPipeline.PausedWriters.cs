using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources.Readers;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// A writer that pauses longer than <c>Etl:StableFor</c> gets its file taken before it is complete. The inbox cannot see
/// that coming, so the file's size and modification time, as found ready, are compared again twice: before its batch is
/// loaded (changed: nothing is loaded, the file waits in the inbox) and before it is archived (changed: the batch keeps
/// what was read and the file stays, so the next run loads the whole file again as a corrected file of the same name).
/// A headerless file whose name an archived file has is named as the likely continuation of that file.
/// </summary>
public sealed partial class EtlPipeline
{
    private async Task<BatchOutcome?> ChangedBeforeLoadAsync(SourceFile file, ExtractedBatch batch, CancellationToken cancellationToken)
    {
        var ready = FileStamp.Of(file);
        var now = FileStamp.Now(file.FullPath);
        if (now == ready)
        {
            return null;
        }

        // What was landed is a read of an incomplete file: removed with its rejects and warnings (its manifest names them), so a
        // replay can never load it (the file is still in hand).
        await LakeOrphans.RemoveAsync(workspace, file.Source, file.Entity, batch.Identity.ContentHash, cancellationToken);

        var reason = PausedWriter.ChangedBeforeLoad(file, ready, now, etlOptions.Value.StableFor);
        LogStillBeingWritten(file.Source, file.Name, reason);
        return await loader.RecordAsync(file.Source, file.Entity, file.Name, batch.Identity.ContentHash, null, 0, 0, 0, BatchStatus.Failed, reason, cancellationToken);
    }

    private bool ChangedAfterLoad(SourceFile file, BatchOutcome outcome)
    {
        var ready = FileStamp.Of(file);
        var now = FileStamp.Now(file.FullPath);
        if (now == ready)
        {
            return false;
        }

        LogChangedAfterLoad(file.Source, file.Name, PausedWriter.ChangedAfterLoad(file, outcome.BatchId ?? 0, ready, now, etlOptions.Value.StableFor));
        return true;
    }

    private string? ContinuationReason(SourceFile file, UnreadableSourceException ex) =>
        ex.HeaderMissing && ArchiveLookup.LatestNamed(workspace, file) is { } archived ? PausedWriter.Continuation(archived, etlOptions.Value.StableFor) : null;

    [LoggerMessage(EventId = 4205, Level = LogLevel.Error, Message = "Not loaded {Source}/{File}: {Reason}")]
    private partial void LogStillBeingWritten(string source, string file, string reason);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, Message = "Not archived {Source}/{File}: {Reason}")]
    private partial void LogChangedAfterLoad(string source, string file, string reason);
}
