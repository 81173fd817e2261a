using System.Globalization;
using CrmInsights.Etl.Sources;

namespace CrmInsights.Etl.Validation;

internal sealed partial class FieldReader
{
    private FieldMappingOptions? MappingOf(string name) => mapping.Fields.GetValueOrDefault(name);

    private string? Raw(string name, out CanonicalField field)
    {
        field = mapping.Entity.Field(name) ?? throw new InvalidOperationException($"{mapping.Entity.Name} has no field {name}.");
        var text = _row.Values.GetValueOrDefault(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (field.Required)
            {
                Fail(name, RejectCodes.MissingRequired, $"{name} is required but missing.");
            }

            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            Invalid(name, RejectCodes.InvalidText, $"{name} contains a NUL character.");
            return null;
        }

        return text;
    }

    private long? Long(string name, long min, long max)
    {
        var text = Raw(name, out var f);
        if (text is null)
        {
            return null;
        }

        if (!TryWhole(name, text, out var value, out var problem) || value < min || value > max)
        {
            Invalid(name, RejectCodes.InvalidInteger, $"{name} '{text}' is not a whole number{problem}.");
            return null;
        }

        return CheckRange(name, f, value) ? value : null;
    }

    private long? EpochValue(string name, long min, long max, string unit)
    {
        var text = Raw(name, out _);
        if (text is null)
        {
            return null;
        }

        if (!ValueParsers.TryInteger(text, out var value))
        {
            Invalid(name, RejectCodes.InvalidInteger, $"{name} '{text}' is not a whole number of {unit} since 1970.");
            return null;
        }

        if (value < min || value > max)
        {
            Invalid(name, RejectCodes.OutOfRange, $"{name} {text} is not between 2000 and 2100 in {unit} since 1970.");
            return null;
        }

        return value;
    }

    private bool CheckRange(string name, CanonicalField f, decimal value)
    {
        if ((f.Min is { } min && value < min) || (f.Max is { } max && value > max))
        {
            var range = f.Max is null ? $"at least {f.Min}" : $"{f.Min}..{f.Max}";
            Invalid(name, RejectCodes.OutOfRange, $"{name} {value.ToString(CultureInfo.InvariantCulture)} is outside {range}.");
            return false;
        }

        return true;
    }
}
