using System.Collections;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace CrmInsights.Warehouse.SqlServer;

/// <summary>
/// A forward-only data reader over a row sequence, so SqlBulkCopy streams rows as they are
/// produced instead of buffering a DataTable.
/// </summary>
internal sealed class ObjectRowDataReader(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) : DbDataReader
{
    private readonly IEnumerator<object?[]> _rows = rows.GetEnumerator();
    private object?[]? _current;
    private bool _closed;

    public long RowsRead { get; private set; }

    public override int FieldCount => columns.Count;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int RecordsAffected => -1;

    public override bool HasRows => true;

    public override bool IsClosed => _closed;

    public override int Depth => 0;

    public override bool Read()
    {
        if (!_rows.MoveNext())
        {
            _current = null;
            return false;
        }

        _current = _rows.Current;
        RowsRead++;
        if (_current.Length != columns.Count)
        {
            throw new ArgumentException($"Row {RowsRead} has {_current.Length} values; {columns.Count} columns were named.", nameof(rows));
        }

        return true;
    }

    public override bool NextResult() => false;

    public override object GetValue(int ordinal) => _current![ordinal] ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, columns.Count);
        for (var i = 0; i < n; i++)
        {
            values[i] = GetValue(i);
        }

        return n;
    }

    public override bool IsDBNull(int ordinal) => _current![ordinal] is null or DBNull;

    public override string GetName(int ordinal) => columns[ordinal];

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "No such column.");
    }

    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => _current?[ordinal]?.GetType() ?? typeof(object);

    public override bool GetBoolean(int ordinal) => (bool)GetValue(ordinal);

    public override byte GetByte(int ordinal) => (byte)GetValue(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => (char)GetValue(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);

    public override decimal GetDecimal(int ordinal) => (decimal)GetValue(ordinal);

    public override double GetDouble(int ordinal) => (double)GetValue(ordinal);

    public override float GetFloat(int ordinal) => (float)GetValue(ordinal);

    public override Guid GetGuid(int ordinal) => (Guid)GetValue(ordinal);

    public override short GetInt16(int ordinal) => (short)GetValue(ordinal);

    public override int GetInt32(int ordinal) => (int)GetValue(ordinal);

    public override long GetInt64(int ordinal) => (long)GetValue(ordinal);

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public override void Close()
    {
        _closed = true;
        _rows.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }
}
