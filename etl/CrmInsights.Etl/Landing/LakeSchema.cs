using Parquet.Schema;

namespace CrmInsights.Etl.Landing;

/// <summary>The Parquet layout of one entity: columns (canonical names + <c>source_row</c>) and how rows become records again.</summary>
internal sealed class LakeSchema<T>(IReadOnlyList<LakeColumn<T>> columns, Func<LakeRow, T> create) : ILakeSchema
{
    public IReadOnlyList<LakeColumn<T>> Columns { get; } = columns;

    public Func<LakeRow, T> Create { get; } = create;

    public ParquetSchema Schema { get; } = new(columns.Select(c => (Field)c.Field).ToArray());

    public Type RecordType => typeof(T);
}

/// <summary>Untyped view of a lake schema.</summary>
public interface ILakeSchema
{
    /// <summary>The Parquet schema.</summary>
    ParquetSchema Schema { get; }

    /// <summary>The record type stored.</summary>
    Type RecordType { get; }
}
