using System.Linq.Expressions;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using Parquet.Schema;

namespace CrmInsights.Etl.Landing;

/// <summary>
/// The Parquet layout of one entity, derived from its <see cref="EntityInfo"/>: <c>source_row</c>, then one column per
/// canonical field in catalog order, typed by the record property's CLR type (text, int, long, bool, date, decimal(19,4),
/// UTC timestamp in microseconds), and how a row of read columns becomes a record again.
/// </summary>
internal sealed class LakeSchema<T> : ILakeSchema
    where T : class, ICanonicalRecord
{
    private static LakeSchema<T>? _instance;

    private LakeSchema(EntityInfo entity)
    {
        string[] names = ["source_row", .. entity.Fields.Select(f => f.Name)];
        var properties = names.Select(RecordFactory<T>.Property).ToArray();
        Columns = names.Select((n, i) => LakeColumns.For<T>(n, properties[i])).ToArray();
        Schema = new ParquetSchema(Columns.Select(c => (Field)c.Field).ToArray());
        Create = CompileCreate(properties, Columns);
    }

    public IReadOnlyList<LakeColumn<T>> Columns { get; }

    /// <summary>The record at an index of one row group's column arrays (in <see cref="Columns"/> order).</summary>
    public Func<Array[], int, T> Create { get; }

    public ParquetSchema Schema { get; }

    public Type RecordType => typeof(T);

    /// <summary>The schema of the entity whose records are <typeparamref name="T"/>.</summary>
    public static LakeSchema<T> Of(EntityInfo entity) => _instance ??= new LakeSchema<T>(entity);

    // x => new T { P0 = ((long?[])c[0])[i] ?? 0, P1 = ((string?[])c[1])[i], ... }: one typed array read per property.
    private static Func<Array[], int, T> CompileCreate(IReadOnlyList<System.Reflection.PropertyInfo> properties, IReadOnlyList<LakeColumn<T>> columns)
    {
        var arrays = Expression.Parameter(typeof(Array[]), "c");
        var index = Expression.Parameter(typeof(int), "i");
        var bindings = properties.Select((p, k) =>
        {
            var column = columns[k];
            var cell = Expression.ArrayIndex(Expression.Convert(Expression.ArrayIndex(arrays, Expression.Constant(k)), column.StoredType.MakeArrayType()), index);
            Expression value = column.FromStored(cell);
            if (value.Type != p.PropertyType)
            {
                // A non-nullable property (source_row, a required number or instant) of a row the lake always holds.
                value = Expression.Coalesce(value, Expression.Default(p.PropertyType));
            }

            return (MemberBinding)Expression.Bind(p, value);
        });
        return Expression.Lambda<Func<Array[], int, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), arrays, index).Compile();
    }
}

/// <summary>Untyped view of a lake schema.</summary>
public interface ILakeSchema
{
    /// <summary>The Parquet schema.</summary>
    ParquetSchema Schema { get; }

    /// <summary>The record type stored.</summary>
    Type RecordType { get; }
}
