using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using CrmInsights.Etl.Sources.Readers;

namespace CrmInsights.Etl.Sources.Database;

/// <summary>Rows of an open data reader as raw rows (values as invariant text), streamed.</summary>
internal sealed class DbRowSource(DbDataReader reader, int maxRawLength) : IRowSource
{
    private string[] _names = [];

    public IReadOnlyCollection<string>? Columns => _names;

    public Task OpenAsync(CancellationToken cancellationToken)
    {
        _names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<RawRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long row = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            row++;
            var values = new object?[_names.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return new DbRow(_names, values, maxRawLength) { RowNumber = row };
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal static string? ToText(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateTime { Kind: DateTimeKind.Utc } dt => dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    internal sealed class DbRow(string[] names, object?[] values, int maxRawLength) : RawRow
    {
        public override string RawText =>
            TextDecoding.Truncate(string.Join(", ", names.Select((n, i) => $"{n}={ToText(values[i])}")), maxRawLength);

        public object? Value(string column)
        {
            var i = Array.FindIndex(names, n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
            return i < 0 ? null : values[i];
        }

        public override string? Field(string column) => ToText(Value(column));
    }
}
