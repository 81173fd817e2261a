using System.Globalization;
using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using CrmInsights.Warehouse.Schema;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// The last rule a row passes before it is landed: every value it would put in the warehouse fits the model's column
/// (text no longer than the column, a decimal within its precision and scale), the amount the warehouse computes from it
/// (quantity × unit price − discount) fits the same money type, and no timestamp lies beyond the horizon
/// (<c>Etl:FutureHorizon</c> after the run; a row dated 2999 would stay the current version for ever). A row that breaks
/// one is rejected with its reason like any other invalid row, so no single row can abort a batch. The values checked are
/// exactly the loader's stage row, against the stage table's declared types (<see cref="StageColumnLimits"/>).
/// </summary>
internal sealed class StorableRecords
{
    // Money columns are decimal(19, 4): the amount of a line must fit the same type for sums and marts to work.
    private const decimal MaxAmount = 999_999_999_999_999.9999m;

    // Date keys only need a valid calendar; they are integers and always fit. The loader's own calendar is used when loading.
    private static readonly BusinessCalendar CheckCalendar = new("UTC");

    private readonly IEntityLoader _loader;
    private readonly EntityInfo _entity;
    private readonly StageColumnLimit?[] _limits;
    private readonly string[] _fields;
    private readonly decimal?[] _maxMagnitudes;
    private readonly DateTime _horizonUtc;
    private readonly TimeSpan _horizon;

    public StorableRecords(EntityInfo entity, DateTimeOffset now, TimeSpan horizon)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _entity = entity;
        _loader = EntityLoaders.For(entity.Kind);
        var table = StageColumnLimits.All.TryGetValue(_loader.StageTable, out var t) ? t : null;
        _limits = _loader.StageColumns.Select(c => table is not null && table.TryGetValue(c, out var l) ? l : null).ToArray();
        _fields = _loader.StageColumns.Select(FieldOf).ToArray();
        // 10^(precision - scale) per decimal column, once per batch rather than once per value (it was a loop per value);
        // none past 10^28, where every .NET decimal fits the column.
        _maxMagnitudes = _limits.Select(l => l is { Precision: { } p, Scale: { } s } && p - s <= 28 ? Pow10(p - s) : (decimal?)null).ToArray();
        _horizon = horizon;
        _horizonUtc = (now + horizon).UtcDateTime;
    }

    /// <summary>The field, reason code and message of the first value that cannot be stored; null when the record fits.</summary>
    public (string Field, string Code, string Message)? Check(ICanonicalRecord record)
    {
        var row = _loader.StageRow(record, 0, CheckCalendar);
        for (var i = 0; i < row.Length; i++)
        {
            if (_limits[i] is not { } limit || row[i] is not { } value)
            {
                continue;
            }

            switch (value)
            {
                case string text when limit.MaxLength is { } max && text.Length > max:
                    return (_fields[i], RejectCodes.TooLong,
                        $"{_fields[i]} is {text.Length} characters; the warehouse column ({Column(i, limit)}) holds {max}.");
                case decimal number when limit.Precision is not null && limit.Scale is { } scale:
                    if (number != Math.Round(number, scale))
                    {
                        return (_fields[i], RejectCodes.TooPrecise,
                            $"{_fields[i]} {number.ToString(CultureInfo.InvariantCulture)} has more than {scale} decimal places ({Column(i, limit)}); it is not rounded silently.");
                    }

                    if (_maxMagnitudes[i] is { } maxMagnitude && Math.Abs(number) >= maxMagnitude)
                    {
                        return (_fields[i], RejectCodes.OutOfRange,
                            $"{_fields[i]} {number.ToString(CultureInfo.InvariantCulture)} is too large for the warehouse column ({Column(i, limit)}).");
                    }

                    break;
                case DateTime instant when limit.IsTimestamp && instant > _horizonUtc:
                    return (_fields[i], RejectCodes.FutureTimestamp,
                        $"{_fields[i]} {instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} is more than " +
                        $"{_horizon.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h after the run (Etl:FutureHorizon).");
            }
        }

        decimal? amount;
        try
        {
            amount = _loader.Amount(record);
        }
        catch (OverflowException)
        {
            amount = decimal.MaxValue;
        }

        return amount is { } a && Math.Abs(a) > MaxAmount
            ? ("unit_price", RejectCodes.OutOfRange,
                $"the line amount (quantity × unit_price − discount_amount) is too large for the warehouse's money type decimal(19, 4).")
            : null;
    }

    // Named only in a reason: built when a value fails, not for every value of every row.
    private string Column(int i, StageColumnLimit limit) => $"stage.{_loader.StageTable}.{_loader.StageColumns[i]} {limit.Type}";

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    // The canonical field a stage column holds: same letters ("OrderedAtUtc" → ordered_at), else a field the column ends
    // with ("PointsEarned" → loyalty_points_earned, "ProductName" → name); the column name otherwise.
    private string FieldOf(string column)
    {
        static string Letters(string s) => new(s.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var c = Letters(column);
        var trimmed = c.EndsWith("utc", StringComparison.Ordinal) ? c[..^3] : c;
        var fields = _entity.Fields.Select(f => f.Name).ToList();
        return fields.FirstOrDefault(f => Letters(f) == c || Letters(f) == trimmed)
            ?? fields.FirstOrDefault(f => Letters(f).EndsWith(trimmed, StringComparison.Ordinal))
            ?? fields.FirstOrDefault(f => trimmed.EndsWith(Letters(f), StringComparison.Ordinal) && Letters(f).Length >= 4)
            ?? column;
    }
}
