using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// What <see cref="EntityInfo{T}"/> derives for the record type: the builder that reads each canonical field with the
/// reader method of its <see cref="FieldType"/> into the property of the same name (snake_case → PascalCase), and the
/// natural key. Compiled once per entity, so a row costs what the hand-written initialisers cost.
/// </summary>
internal sealed class RecordFactory<T>
    where T : class, ICanonicalRecord
{
    private static RecordFactory<T>? _instance;

    private readonly Func<FieldReader, T> _build;
    private readonly Func<T, string>[] _keyParts;

    private RecordFactory(EntityInfo entity)
    {
        _build = CompileBuilder(entity);
        _keyParts = entity.NaturalKey.Select(KeyPart).ToArray();
    }

    /// <summary>The factory of the entity whose records are <typeparamref name="T"/> (one entity per record type).</summary>
    public static RecordFactory<T> Of(EntityInfo entity) => _instance ??= new RecordFactory<T>(entity);

    public T Build(FieldReader reader) => _build(reader);

    /// <summary>The key fields as text joined with U+001F: ids as written, numbers invariant, instants in Unix milliseconds (as stored).</summary>
    public string KeyOf(T record) => _keyParts.Length == 1 ? _keyParts[0](record) : string.Join('\u001f', _keyParts.Select(p => p(record)));

    /// <summary>The record property holding a canonical field: <c>ga_session_id</c> → <c>GaSessionId</c>.</summary>
    public static PropertyInfo Property(string field)
    {
        var name = string.Concat(field.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {name} for the canonical field {field}.");
    }

    private static Func<FieldReader, T> CompileBuilder(EntityInfo entity)
    {
        var reader = Expression.Parameter(typeof(FieldReader), "r");
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(Property("source_row"), Expression.Property(reader, nameof(FieldReader.RowNumber))),
        };
        foreach (var field in entity.Fields)
        {
            var property = Property(field.Name);
            var read = Expression.Call(reader, ReaderMethod(field, property), Expression.Constant(field.Name));
            bindings.Add(Expression.Bind(property, OrDefault(read, property.PropertyType, field.Required)));
        }

        return Expression.Lambda<Func<FieldReader, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), reader).Compile();
    }

    private static MethodInfo ReaderMethod(CanonicalField field, PropertyInfo property)
    {
        var name = field.Type switch
        {
            FieldType.Text => nameof(FieldReader.Text),
            FieldType.Identifier => nameof(FieldReader.Id),
            FieldType.Code => nameof(FieldReader.Code),
            FieldType.Email => nameof(FieldReader.Email),
            FieldType.WholeNumber => nameof(FieldReader.Int),
            FieldType.LargeWholeNumber => nameof(FieldReader.Long),
            FieldType.Number => nameof(FieldReader.Decimal),
            FieldType.Boolean => nameof(FieldReader.Bool),
            FieldType.Timestamp => nameof(FieldReader.Timestamp),
            FieldType.Date => nameof(FieldReader.Date),
            FieldType.UnixSeconds => nameof(FieldReader.UnixSeconds),
            FieldType.UnixMicros => nameof(FieldReader.UnixMicros),
            _ => throw new InvalidOperationException($"No reader for field type {field.Type}."),
        };
        var method = typeof(FieldReader).GetMethod(name, [typeof(string)])!;
        var stored = Nullable.GetUnderlyingType(method.ReturnType) ?? method.ReturnType;
        var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return stored == target ? method : throw new InvalidOperationException(
            $"{typeof(T).Name}.{property.Name} is {target.Name}, but the {field.Type} field {field.Name} reads as {stored.Name}.");
    }

    /// <summary>
    /// A required field read as null becomes the type's default ("" for text): the reader has already rejected the row, and
    /// the record only has to be constructible. Optional fields stay null.
    /// </summary>
    private static Expression OrDefault(Expression read, Type target, bool required) =>
        read.Type != target ? Expression.Coalesce(read, Expression.Default(target))
        : required && target == typeof(string) ? Expression.Coalesce(read, Expression.Constant(""))
        : read;

    private static Func<T, string> KeyPart(string field)
    {
        var property = Property(field);
        var record = Expression.Parameter(typeof(T), "x");
        Expression value = Expression.Property(record, property);
        value = property.PropertyType switch
        {
            var t when t == typeof(string) => value,
            var t when t == typeof(DateTimeOffset) => Format(Expression.Call(value, nameof(DateTimeOffset.ToUnixTimeMilliseconds), null)),
            var t when t == typeof(int) || t == typeof(long) => Format(value),
            var t => throw new InvalidOperationException($"The natural key field {field} is {t.Name}; keys are text, whole numbers or instants that are never null."),
        };
        return Expression.Lambda<Func<T, string>>(value, record).Compile();
    }

    private static MethodCallExpression Format(Expression number) =>
        Expression.Call(number, number.Type.GetMethod(nameof(ToString), [typeof(IFormatProvider)])!, Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider)));
}
