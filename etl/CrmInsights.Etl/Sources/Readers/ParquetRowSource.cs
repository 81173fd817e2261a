using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>Parquet: flat columns read one row group at a time (memory bounded by the writer's row group size).</summary>
internal sealed class ParquetRowSource(Stream stream, int maxRawLength) : IRowSource
{
    private ParquetReader? _reader;
    private DataField[] _fields = [];

    public IReadOnlyCollection<string>? Columns => _fields.Select(f => f.Name).ToArray();

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            _reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, leaveStreamOpen: true, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new UnreadableSourceException($"The file is not readable Parquet: {ex.Message}", ex);
        }

        _fields = _reader.Schema.GetDataFields();
    }

    public async IAsyncEnumerable<RawRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long row = 0;
        for (var g = 0; g < _reader!.RowGroupCount; g++)
        {
            var columns = await ReadGroupAsync(g, cancellationToken);
            var count = columns.Length == 0 ? 0 : columns[0].Length;
            for (var i = 0; i < count; i++)
            {
                row++;
                var values = new string?[_fields.Length];
                for (var c = 0; c < _fields.Length; c++)
                {
                    values[c] = columns[c].Length > i ? ToText(columns[c].GetValue(i)) : null;
                }

                yield return new ParquetRow(_fields, values, maxRawLength) { RowNumber = row };
            }
        }
    }

    private async Task<Array[]> ReadGroupAsync(int group, CancellationToken cancellationToken)
    {
        try
        {
            using var rg = _reader!.OpenRowGroupReader(group);
            var n = checked((int)rg.RowCount);
            var columns = new Array[_fields.Length];
            for (var c = 0; c < _fields.Length; c++)
            {
                columns[c] = await ReadColumnAsync(rg, _fields[c], n, cancellationToken);
            }

            return columns;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not UnreadableSourceException)
        {
            throw new UnreadableSourceException($"Row group {group + 1} of the Parquet file cannot be read: {ex.Message}", ex);
        }
    }

    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader rg, DataField f, int n, CancellationToken ct)
    {
        var t = f.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
        {
            var buf = new string?[n];
            await rg.ReadAsync(f, buf.AsMemory(), null, ct);
            return buf;
        }

        if (t == typeof(byte[]) || t == typeof(ReadOnlyMemory<byte>))
        {
            var buf = new byte[]?[n];
            await rg.ReadAsync(f, buf.AsMemory(), null, ct);
            return buf;
        }

        return t switch
        {
            _ when t == typeof(bool) => await ReadStructAsync<bool>(rg, f, n, ct),
            _ when t == typeof(int) => await ReadStructAsync<int>(rg, f, n, ct),
            _ when t == typeof(long) => await ReadStructAsync<long>(rg, f, n, ct),
            _ when t == typeof(short) => await ReadStructAsync<short>(rg, f, n, ct),
            _ when t == typeof(byte) => await ReadStructAsync<byte>(rg, f, n, ct),
            _ when t == typeof(sbyte) => await ReadStructAsync<sbyte>(rg, f, n, ct),
            _ when t == typeof(ushort) => await ReadStructAsync<ushort>(rg, f, n, ct),
            _ when t == typeof(uint) => await ReadStructAsync<uint>(rg, f, n, ct),
            _ when t == typeof(ulong) => await ReadStructAsync<ulong>(rg, f, n, ct),
            _ when t == typeof(float) => await ReadStructAsync<float>(rg, f, n, ct),
            _ when t == typeof(double) => await ReadStructAsync<double>(rg, f, n, ct),
            _ when t == typeof(decimal) => await ReadStructAsync<decimal>(rg, f, n, ct),
            _ when t == typeof(DateTime) => await ReadStructAsync<DateTime>(rg, f, n, ct),
            _ when t == typeof(DateOnly) => await ReadStructAsync<DateOnly>(rg, f, n, ct),
            _ when t == typeof(TimeSpan) => await ReadStructAsync<TimeSpan>(rg, f, n, ct),
            _ when t == typeof(TimeOnly) => await ReadStructAsync<TimeOnly>(rg, f, n, ct),
            _ when t == typeof(Guid) => await ReadStructAsync<Guid>(rg, f, n, ct),
            _ => throw new UnreadableSourceException($"Parquet column '{f.Name}' has type {t.Name}, which is not supported (use flat primitive columns)."),
        };
    }

    private static async Task<Array> ReadStructAsync<T>(ParquetRowGroupReader rg, DataField f, int n, CancellationToken ct)
        where T : struct
    {
        var buf = new T?[n];
        await rg.ReadAsync(f, buf.AsMemory(), null, ct);
        return buf;
    }

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime dt => dt.Kind == DateTimeKind.Utc ? new DateTimeOffset(dt).ToString("O", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        if (_reader is not null)
        {
            await _reader.DisposeAsync();
        }
    }

    private sealed class ParquetRow(DataField[] fields, string?[] values, int maxRawLength) : RawRow
    {
        public override string RawText =>
            TextDecoding.Truncate(string.Join(", ", fields.Select((f, i) => $"{f.Name}={values[i]}")), maxRawLength);

        public override string? Field(string column)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (string.Equals(fields[i].Name, column, StringComparison.OrdinalIgnoreCase))
                {
                    return values[i];
                }
            }

            return null;
        }
    }
}
