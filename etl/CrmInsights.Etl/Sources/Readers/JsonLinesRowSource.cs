using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CrmInsights.Etl.Validation;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>JSON Lines: one object per line, read line by line (only one line's document in memory).</summary>
internal sealed class JsonLinesRowSource(Stream stream, int maxRawLength) : IRowSource
{
    private StreamReader? _reader;

    public IReadOnlyCollection<string>? Columns => null;

    public Task OpenAsync(CancellationToken cancellationToken)
    {
        _reader = TextDecoding.OpenReader(stream);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<RawRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long row = 0;
        while (true)
        {
            string? line;
            try
            {
                line = await _reader!.ReadLineAsync(cancellationToken);
            }
            catch (DecoderFallbackException ex)
            {
                var at = TextDecoding.FirstInvalidUtf8(stream) is { } where ? "at " + where : $"after {row} records were read";
                throw new UnreadableSourceException($"The file is not valid UTF-8 text {at} ({ex.Message}); JSON Lines are UTF-8 by definition, so the exporter wrote another encoding.", ex);
            }

            if (line is null)
            {
                yield break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            row++;
            if (line.Contains('\0', StringComparison.Ordinal))
            {
                if (row == 1)
                {
                    // The first record already binary: the file is not JSON text at all.
                    throw new UnreadableSourceException("The file contains NUL characters in its first record: binary data, not JSON text.");
                }

                // One bad line is that line's problem, not the file's: the other lines load.
                yield return new JsonRow(null, TextDecoding.Truncate(line.Replace('\0', '\uFFFD'), maxRawLength))
                {
                    RowNumber = row, Problem = (RejectCodes.InvalidText, $"Line {row} contains a NUL character (byte 0): binary data inside a text line; the other lines load."),
                };
                continue;
            }

            yield return Parse(line, row, maxRawLength);
        }
    }

    private static JsonRow Parse(string line, long row, int maxRawLength)
    {
        var raw = TextDecoding.Truncate(line, maxRawLength);
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new JsonRow(null, raw) { RowNumber = row, Problem = (RejectCodes.InvalidJson, $"The line is a JSON {doc.RootElement.ValueKind}, not an object.") };
            }

            // Clone detaches the element from the pooled document so the document can be returned now.
            return new JsonRow(doc.RootElement.Clone(), raw) { RowNumber = row };
        }
        catch (JsonException ex)
        {
            return new JsonRow(null, raw) { RowNumber = row, Problem = (RejectCodes.InvalidJson, $"The line is not valid JSON: {ex.Message}") };
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class JsonRow(JsonElement? root, string raw) : RawRow
    {
        public override string RawText => raw;

        public override string? Field(string column) => root is { } r ? JsonPath.Resolve(r, column) : null;
    }
}
