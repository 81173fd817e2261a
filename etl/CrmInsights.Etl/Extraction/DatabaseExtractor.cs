using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Database;
using CrmInsights.Etl.Validation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Extraction;

/// <summary>
/// Extracts an entity from a database source: runs the configured query with the last high-water mark as parameter
/// <c>since</c>, and returns the batch with <see cref="ExtractedBatch.NewWatermark"/>, which the caller stores only when
/// the batch commits (so a failed load re-reads the same rows).
/// </summary>
public sealed class DatabaseExtractor(EtlWorkspace workspace, IOptions<EtlOptions> options, TimeProvider time)
{
    /// <summary>Runs the query of <paramref name="entity"/> for rows after <paramref name="since"/> (null = everything).</summary>
    public async Task<ExtractedBatch> ExtractAsync(string source, string entity, string? since, IProgress<ExtractProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var src = o.GetSource(source);
        var db = src.Database ?? throw new InvalidOperationException($"Source '{source}' has no Etl:Sources:{source}:Database section.");
        var info = EntityCatalog.Find(src.Kind, entity) ?? throw new ArgumentException($"'{entity}' is not an entity of '{src.Kind}'.", nameof(entity));
        var query = db.Queries.TryGetValue(entity, out var q) ? q : throw new InvalidOperationException($"Source '{source}' has no query for '{entity}' (Etl:Sources:{source}:Database:Queries:{entity}).");
        var mapping = EntityMapping.Create(src, info, source);

        var factory = DbProviderResolver.Resolve(db.Provider);
        await using var connection = factory.CreateConnection() ?? throw new InvalidOperationException($"Provider '{db.Provider}' created no connection.");
        connection.ConnectionString = db.ConnectionString;
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        var p = command.CreateParameter();
        p.ParameterName = "since";
        p.Value = Watermarks.ToParameter(since, query.WatermarkType);
        command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        object? mark = null;
        void Observe(Sources.Readers.RawRow row)
        {
            if (row is DbRowSource.DbRow dbRow && dbRow.Value(query.WatermarkColumn) is { } v and not DBNull && Watermarks.IsGreater(v, mark, query.WatermarkType))
            {
                mark = v;
            }
        }

        await using var rows = new DbRowSource(reader, o.MaxRejectRawLength);
        var origin = $"{entity}-query";
        var batch = await new BatchPipeline(workspace, o, time).RunAsync(
            rows, new BatchPipeline.Request(source, mapping, origin, null, null), Observe, progress, cancellationToken);
        return new ExtractedBatch
        {
            Identity = batch.Identity, Entity = batch.Entity, File = null, Origin = batch.Origin, RowsRead = batch.RowsRead,
            RowsAccepted = batch.RowsAccepted, RowsRejected = batch.RowsRejected, DuplicatesSkipped = batch.DuplicatesSkipped,
            RowsSkipped = batch.RowsSkipped, Rejects = batch.Rejects, RejectsPath = batch.RejectsPath,
            FieldWarnings = batch.FieldWarnings, Warnings = batch.Warnings, WarningsPath = batch.WarningsPath, LandedPath = batch.LandedPath, InferMissingReferences = batch.InferMissingReferences,
            NewWatermark = mark is null ? since : Watermarks.ToStored(mark, query.WatermarkType),
        };
    }
}
