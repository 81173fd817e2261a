using System.Globalization;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.ReferenceData;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// Keeps dim.Date covering the data: before a batch's apply steps, inside its transaction, the days between the batch's
/// earliest/latest date and the dimension's current range are generated (<see cref="DateDimension"/>), bulk loaded into
/// stage.DateDimension and inserted into dim.Date, so the dimension stays one contiguous range and no valid date is rejected
/// for being old or far ahead. A rollback removes the added days with the batch. Dates outside <see cref="First"/>..<see cref="Last"/>
/// are not added (they are rejected as <c>out_of_range</c>): customer history starts at 1900 and such dates are typos.
/// </summary>
public static class DateCoverage
{
    /// <summary>The earliest date the load adds to dim.Date.</summary>
    public static readonly DateOnly First = new(1900, 1, 1);

    /// <summary>The latest date the load adds to dim.Date.</summary>
    public static readonly DateOnly Last = new(2199, 12, 31);

    /// <summary>The dimension's current first and last date key.</summary>
    public static readonly LoadStatement Range = new("Date.Range", "SELECT MIN(DateKey), MAX(DateKey) FROM dim.Date;");

    /// <summary>Inserts the staged days the dimension does not have.</summary>
    public static readonly LoadStatement InsertStaged = new("Date.InsertStaged", $"""
        INSERT INTO dim.Date ({string.Join(", ", DateDimension.Columns)})
        SELECT {string.Join(", ", DateDimension.Columns.Select(c => "s." + c))}
        FROM stage.DateDimension AS s
        WHERE s.BatchId = @BatchId AND NOT EXISTS (SELECT 1 FROM dim.Date AS d WHERE d.DateKey = s.DateKey);
        """);

    /// <summary>Removes the batch's staged days.</summary>
    public static readonly LoadStatement ClearStage = new("Date.ClearStage", "DELETE FROM stage.DateDimension WHERE BatchId = @BatchId;");

    /// <summary>Every statement.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } = [Range, InsertStaged, ClearStage];

    /// <summary>Indexes of the stage columns holding a date key (int yyyymmdd) or a date the dimension must cover.</summary>
    public static int[] DateColumns(IReadOnlyList<string> stageColumns)
    {
        ArgumentNullException.ThrowIfNull(stageColumns);
        return [.. Enumerable.Range(0, stageColumns.Count).Where(i => stageColumns[i].EndsWith("DateKey", StringComparison.Ordinal) || stageColumns[i] == "SignupDate")];
    }

    /// <summary>True when the load would add the day of <paramref name="key"/> (a date outside First..Last widens nothing and is rejected).</summary>
    public static bool CanCover(int key) => key >= DateDimension.KeyOf(First) && key <= DateDimension.KeyOf(Last);

    /// <summary>The date key of a stage value (an int key or a DateOnly), or null.</summary>
    public static int? KeyOf(object? value) => value switch
    {
        int key => key,
        DateOnly d => DateDimension.KeyOf(d),
        _ => null,
    };

    /// <summary>Extends dim.Date to cover <paramref name="minKey"/>..<paramref name="maxKey"/> (clamped to First..Last); returns the days added.</summary>
    public static async Task<long> EnsureAsync(LoadDb db, long batchId, int minKey, int maxKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        int? first = null, last = null;
        await db.QueryAsync(Range, null, r =>
        {
            first = r.IsDBNull(0) ? null : Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture);
            last = r.IsDBNull(1) ? null : Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
        }, cancellationToken);
        var wantFrom = Max(Parse(minKey), First);
        var wantTo = Min(Parse(maxKey), Last);
        if (wantFrom is null || wantTo is null || wantFrom > wantTo)
        {
            return 0;
        }

        var days = new List<object?[]>();
        if (first is null || last is null)
        {
            days.AddRange(Rows(batchId, wantFrom.Value, wantTo.Value));
        }
        else
        {
            var have = (From: Parse(first.Value)!.Value, To: Parse(last.Value)!.Value);
            if (wantFrom < have.From)
            {
                days.AddRange(Rows(batchId, wantFrom.Value, have.From.AddDays(-1)));
            }

            if (wantTo > have.To)
            {
                days.AddRange(Rows(batchId, have.To.AddDays(1), wantTo.Value));
            }
        }

        if (days.Count == 0)
        {
            return 0;
        }

        var p = new LoadParameters { ["BatchId"] = batchId };
        await db.Engine.BulkLoadAsync(db.Connection, db.Transaction, "DateDimension", ["BatchId", .. DateDimension.Columns], days, cancellationToken);
        var added = await db.ExecuteAsync(InsertStaged, p, cancellationToken);
        await db.ExecuteAsync(ClearStage, p, cancellationToken);
        return added;
    }

    private static IEnumerable<object?[]> Rows(long batchId, DateOnly from, DateOnly to) =>
        DateDimension.Rows(from, to).Select(r => (object?[])[batchId, .. r]);

    private static DateOnly? Parse(int key) =>
        DateOnly.TryParseExact(key.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly? Max(DateOnly? a, DateOnly b) => a is null ? null : a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly b) => a is null ? null : a < b ? a : b;
}
