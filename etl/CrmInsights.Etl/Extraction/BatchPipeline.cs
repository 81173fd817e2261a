using System.Security.Cryptography;
using System.Text;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Extraction;

/// <summary>Read → map → validate → dedupe → land, shared by file and database batches.</summary>
internal sealed class BatchPipeline(EtlWorkspace workspace, EtlOptions options, TimeProvider time)
{
    private const int ProgressEvery = 10_000;

    /// <param name="EndsWithoutLineBreak">A text file whose last byte is not a line break: if its last record is malformed too, it was cut off.</param>
    public sealed record Request(string Source, EntityMapping Mapping, string Origin, string? ContentHash, SourceFile? File, bool EndsWithoutLineBreak = false);

    public async Task<ExtractedBatch> RunAsync(
        IRowSource rows, Request request, Action<RawRow>? observe, IProgress<ExtractProgress>? progress, CancellationToken cancellationToken)
    {
        var entity = request.Mapping.Entity;
        await rows.OpenAsync(cancellationToken);
        CheckHeader(rows, request.Mapping);

        var mapper = new RowMapper(request.Mapping);
        var builder = new RecordBuilder(request.Mapping, new Loading.StorableRecords(request.Mapping, time.GetUtcNow(), options.FutureHorizon), textNumbers: rows is CsvRowSource);
        var keys = new NaturalKey(entity);
        var rejects = new List<Reject>();
        var warnings = new List<FieldWarning>();
        using var rowHash = request.ContentHash is null ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var lakeDir = workspace.Lake(request.Source, entity.Name, today);
        long read = 0, accepted = 0, rejected = 0, duplicates = 0, skipped = 0, warned = 0;
        var lastRowMalformed = false;
        // Rejects and warnings are written beside the landing under temporary names and moved to the rejects folder when the
        // extract completes: a run killed mid-extract leaves only ".landing-*.tmp" files, which LakeOrphans removes when the
        // file is extracted again (a partial rejects file would otherwise stay, and the next extract would take another name).
        string? rejectsTemp = null, warningsTemp = null, rejectsPath = null, warningsPath = null;
        CsvHelper.CsvWriter? rejectsCsv = null, warningsCsv = null;
        await using var lake = LakeWriter.Create(entity, lakeDir, options.RowGroupSize);
        try
        {
            await foreach (var raw in rows.ReadAsync(cancellationToken))
            {
                observe?.Invoke(raw);
                rowHash?.AppendData(Encoding.UTF8.GetBytes(raw.RawText + "\n"));
                if (mapper.ShouldSkip(raw))
                {
                    skipped++;
                    continue;
                }

                read++;
                lastRowMalformed = raw.Problem is not null;
                Reject? reject;
                if (raw.Problem is { } p)
                {
                    reject = new Reject(raw.RowNumber, "", p.Code, p.Message, raw.RawText);
                }
                else
                {
                    var (record, r) = builder.Build(mapper.Map(raw));
                    reject = r;
                    if (record is not null)
                    {
                        if (keys.Add(record))
                        {
                            await lake.AddAsync(record, cancellationToken);
                            accepted++;
                            // Only a landed row's nulled fields are warnings: a duplicate or rejected row loads no field at all.
                            foreach (var warning in builder.Warnings)
                            {
                                warned++;
                                if (warnings.Count < options.MaxRejectsInMemory)
                                {
                                    warnings.Add(warning);
                                }

                                warningsCsv ??= RejectsFile.Open(warningsTemp = TempBeside(lakeDir));
                                RejectsFile.Write(warningsCsv, warning);
                            }
                        }
                        else
                        {
                            duplicates++;
                        }
                    }
                }

                if (reject is not null)
                {
                    rejected++;
                    if (rejects.Count < options.MaxRejectsInMemory)
                    {
                        rejects.Add(reject);
                    }

                    rejectsCsv ??= RejectsFile.Open(rejectsTemp = TempBeside(lakeDir));

                    RejectsFile.Write(rejectsCsv, reject);
                }

                if (read % ProgressEvery == 0)
                {
                    progress?.Report(new ExtractProgress(request.Source, entity.Name, request.Origin, read, false));
                }
            }

            if (request.EndsWithoutLineBreak && lastRowMalformed)
            {
                throw new UnreadableSourceException(
                    $"The file ends in the middle of its last record (row {read}: malformed, and no final line break): it was cut off while being written or copied. Deliver the complete file again.");
            }

            if (rejectsCsv is not null)
            {
                await rejectsCsv.DisposeAsync();
                rejectsCsv = null;
            }

            if (warningsCsv is not null)
            {
                await warningsCsv.DisposeAsync();
                warningsCsv = null;
            }

            rejectsPath = Publish(rejectsTemp, request, ".rejects.csv");
            rejectsTemp = null;
            warningsPath = Publish(warningsTemp, request, ".warnings.csv");
            warningsTemp = null;
            var hash = request.ContentHash ?? Convert.ToHexStringLower(rowHash!.GetHashAndReset());
            // A reprocessed file has the content of an earlier batch but rows read under another mapping: its own lake file.
            var lakePath = request.File?.Reprocessing == true ? PathSafety.Unique(lakeDir, hash + ".parquet") : Path.Combine(lakeDir, hash + ".parquet");
            var landed = await lake.PublishAsync(lakePath, cancellationToken);
            progress?.Report(new ExtractProgress(request.Source, entity.Name, request.Origin, read, true));
            var batch = new ExtractedBatch
            {
                Identity = new BatchIdentity(request.Source, entity.Name, hash),
                Entity = entity,
                File = request.File,
                Origin = request.Origin,
                RowsRead = read,
                RowsAccepted = accepted,
                RowsRejected = rejected,
                DuplicatesSkipped = duplicates,
                RowsSkipped = skipped,
                Rejects = rejects,
                RejectsPath = rejectsPath,
                FieldWarnings = warned,
                Warnings = warnings,
                WarningsPath = warningsPath,
                LandedPath = landed,
                InferMissingReferences = request.Mapping.InferMissingReferences,
            };
            return batch;
        }
        catch
        {
            if (rejectsCsv is not null)
            {
                await rejectsCsv.DisposeAsync();
            }

            if (warningsCsv is not null)
            {
                await warningsCsv.DisposeAsync();
            }

            // The batch failed as a whole, so its partial rejects and warnings files would describe rows that were never recorded.
            foreach (var partial in new[] { rejectsTemp, warningsTemp, rejectsPath, warningsPath })
            {
                if (partial is not null && System.IO.File.Exists(partial))
                {
                    System.IO.File.Delete(partial);
                }
            }

            throw;
        }
    }

    // A temporary name LakeOrphans knows (".landing-*.tmp" in the lake folder).
    private static string TempBeside(string lakeDir) => Path.Combine(lakeDir, $".landing-{Guid.NewGuid():N}.csv.tmp");

    // Moves a completed rejects or warnings file to its name in the rejects folder (a new name when one is taken).
    private string? Publish(string? temp, Request request, string suffix)
    {
        if (temp is null)
        {
            return null;
        }

        var folder = Directory.CreateDirectory(workspace.Rejects(request.Source)).FullName;
        var path = PathSafety.Unique(folder, request.Origin + suffix);
        System.IO.File.Move(temp, path);
        return path;
    }

    internal static string ShapeOf(IRowSource rows) => rows is CsvRowSource csv ? $" ({csv.Shape})" : "";

    internal static void CheckHeader(IRowSource rows, EntityMapping mapping)
    {
        if (rows.Columns is not { } columns)
        {
            return;
        }

        var present = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        var missing = mapping.RequiredColumnChoices()
            .Where(choice => !choice.Any(present.Contains))
            .Select(choice => string.Join(" or ", choice.Select(c => $"'{c}'")))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            var shown = string.Join(", ", columns.Take(30).Select(c => $"'{TextDecoding.Truncate(c, 60)}'"));
            throw new UnreadableSourceException(
                $"Wrong or missing header for {mapping.Entity.SourceKind}/{mapping.Entity.Name}: required column(s) {string.Join(", ", missing)} not found. Header has: {shown}{ShapeOf(rows)}. Map the columns under {mapping.ConfigKey}:Fields.")
            {
                HeaderMissing = true,
            };
        }

        var absent = mapping.ConfiguredColumns.Where(c => !c.Columns.Any(present.Contains)).ToList();
        if (absent.Count > 0)
        {
            var shown = string.Join(", ", columns.Take(30).Select(c => $"'{TextDecoding.Truncate(c, 60)}'"));
            throw new UnreadableSourceException(
                $"Configured column(s) missing from the header of {mapping.Entity.SourceKind}/{mapping.Entity.Name}: " +
                $"{string.Join(", ", absent.Select(a => $"{string.Join(" or ", a.Columns.Select(c => $"'{c}'"))} ({mapping.FieldKey(a.Field)})"))}. Header has: {shown}{ShapeOf(rows)}.");
        }
    }
}
