using System.Data.Common;
using System.Globalization;
using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Engagement;
using CrmInsights.Analytics.Relationships;
using CrmInsights.Analytics.Rfm;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>
/// The derive step: rebuilds fact.CustomerMonth after loads, in one transaction. The months from
/// the earliest one touched by batches since the last derive (or all, on a full rebuild) are
/// recomputed: the set-based part from the view etl.CustomerMonthSource, then RFM per month end,
/// one BG/NBD + Gamma-Gamma fit per month end on the purchases up to it (stored in fact.ModelFit
/// with its verdict and parameters; a model flagged in a month keeps the previous month's valid
/// parameters, and a failed fit never aborts the derive), P(alive), predictive CLV from that month's model, engagement score and
/// relationship stage per customer and month, written
/// back through the engine's bulk path. Re-running without new batches changes nothing; a full
/// rebuild reproduces the same rows (the fit is deterministic and reused when identical).
/// The caller holds the warehouse lock.
/// </summary>
public sealed partial class SnapshotDeriver
{
    private readonly IWarehouseEngine _engine;
    private readonly SnapshotOptions _options;
    private readonly ModelTimeUnit _timeUnit;
    private readonly ClvModelFitter _fitter;
    private readonly ClvCalculator _calculator;
    private readonly RfmScorer _rfm;
    private readonly RelationshipStageEvaluator _stages;
    private readonly EngagementScorer _engagement;
    private readonly TimeProvider _time;
    private readonly ILogger<SnapshotDeriver> _logger;

    /// <summary>Creates the deriver; options are validated.</summary>
    public SnapshotDeriver(
        IWarehouseEngine engine,
        IOptions<SnapshotOptions> options,
        IOptions<ClvOptions> clvOptions,
        ClvModelFitter fitter,
        ClvCalculator calculator,
        RfmScorer rfm,
        RelationshipStageEvaluator stages,
        EngagementScorer engagement,
        TimeProvider time,
        ILogger<SnapshotDeriver>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        ArgumentNullException.ThrowIfNull(clvOptions);
        _options = OptionsValidation.ThrowIfInvalid(options.Value);
        _timeUnit = OptionsValidation.ThrowIfInvalid(clvOptions.Value).TimeUnit;
        _fitter = fitter ?? throw new ArgumentNullException(nameof(fitter));
        _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));
        _rfm = rfm ?? throw new ArgumentNullException(nameof(rfm));
        _stages = stages ?? throw new ArgumentNullException(nameof(stages));
        _engagement = engagement ?? throw new ArgumentNullException(nameof(engagement));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? NullLogger<SnapshotDeriver>.Instance;
    }

    /// <summary>
    /// Takes the warehouse lock (waiting up to <see cref="WarehouseOptions.LockTimeoutSeconds"/>; still held is an environment
    /// failure saying so) and derives: what the CLI verb and the scheduled job both run.
    /// </summary>
    public async Task<SnapshotResult> DeriveUnderLockAsync(WarehouseOptions warehouseOptions, bool fullRebuild = false, CancellationToken cancellationToken = default)
    {
        await using var held = await _engine.AcquireForRunAsync(warehouseOptions, cancellationToken);
        return await DeriveAsync(fullRebuild, cancellationToken);
    }

    /// <summary>Rebuilds the snapshot for the months changed since the last run (all months when <paramref name="fullRebuild"/>).</summary>
    public Task<SnapshotResult> DeriveAsync(bool fullRebuild = false, CancellationToken cancellationToken = default) =>
        _engine.RunInTransactionAsync((connection, transaction, ct) => DeriveAsync(new SqlCommands(_engine, connection, transaction), fullRebuild, ct), cancellationToken);

    private async Task<SnapshotResult> DeriveAsync(SqlCommands sql, bool fullRebuild, CancellationToken ct)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        bool settingsChanged = await WriteSettingsAsync(sql, now, ct);
        bool mapChanged = await WriteRfmMapVersionAsync(sql, now, ct);
        var maxBatch = ToLong(await sql.ScalarAsync(SnapshotSql.MaxBatch, ct));
        var range = await ChooseRangeAsync(sql, fullRebuild || settingsChanged || mapChanged, ct);
        if (range is null)
        {
            await WriteWatermarkAsync(sql, SnapshotSql.WatermarkEntity, (maxBatch ?? 0).ToString(CultureInfo.InvariantCulture), maxBatch, now, ct);
            // Never derived and nothing to derive from is not "nothing changed": say which it is.
            var why = await sql.ScalarAsync(SnapshotSql.DataRange, ct) is null
                ? "no sales are loaded yet, so there is nothing to derive (load data with crm-insights etl run)"
                : "nothing changed since the last derive";
            LogNothingToDo(why);
            return new SnapshotResult(null, null, 0, null, why);
        }

        var (from, to, fromFirst, reason) = range.Value;
        int deleteFrom = fromFirst ? 0 : from;
        await ClearScratchAsync(sql, ct);
        long rows = await sql.ExecuteAsync(SnapshotSql.FillBase, ct, ("fromMonth", from), ("toMonth", to));
        int endDateKey = YearMonth.DateKey(YearMonth.MonthEnd(to));
        await sql.ExecuteAsync(SnapshotSql.FillEvents, ct, ("endDateKey", endDateKey));

        var fits = await FitMonthsAsync(sql, from, to, now, ct);
        var fit = fits[to];
        await ScoreRfmAsync(sql, from, to, ct);
        await ScoreCustomersAsync(sql, endDateKey, fits, ct);

        await sql.ExecuteAsync(SnapshotSql.DeleteSnapshot, ct, ("fromMonth", deleteFrom));
        await sql.ExecuteAsync(SnapshotSql.WriteSnapshot, ct, ("now", now));
        await WriteOffersAsync(sql, from, to, deleteFrom, now, ct);
        await ClearScratchAsync(sql, ct);
        await WriteWatermarkAsync(sql, SnapshotSql.WatermarkEntity, (maxBatch ?? 0).ToString(CultureInfo.InvariantCulture), maxBatch, now, ct);
        int? pricingKey = fit?.Model is null ? null : fit.Key;
        var stored = fits.Values.OfType<StoredFit>().ToList();
        LogDerived(from, to, rows, reason, pricingKey, stored.Count(f => f.Status == FitRecordStatus.Fitted), fits.Count, stored.Count(f => f.Status == FitRecordStatus.Fallback));
        return new SnapshotResult(from, to, rows, pricingKey, reason)
        {
            Fits = new ClvFitCounts(
                stored.Count(f => f.Status == FitRecordStatus.Fitted),
                stored.Count(f => f.Status == FitRecordStatus.Fallback),
                stored.Count(f => f.Status == FitRecordStatus.Incomplete)),
        };
    }

    // The derive's scratch tables (stage.CustomerMonthBase, CustomerMonthScore, CustomerEvent): emptied before it fills
    // them and again before it commits.
    private static async Task ClearScratchAsync(SqlCommands sql, CancellationToken ct)
    {
        await sql.ExecuteAsync(SnapshotSql.ClearStage, ct);
        await sql.ExecuteAsync(SnapshotSql.ClearScores, ct);
        await sql.ExecuteAsync(SnapshotSql.ClearEvents, ct);
    }

    // Only the latest Snapshot:OfferMonths months get offers (each costs a pass over the window's purchases); the offers of
    // every month rebuilt go first, so a month without them has none rather than an older derive's.
    private async Task WriteOffersAsync(SqlCommands sql, int from, int to, int deleteFrom, DateTime now, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        int offerFrom = YearMonth.Range(from, to).TakeLast(_options.OfferMonths).First();
        await sql.ExecuteAsync(SnapshotSql.DeleteOffers, ct, ("fromMonth", deleteFrom));
        long offers = await sql.ExecuteAsync(SnapshotSql.WriteOffers, ct, ("offerFrom", offerFrom), ("toMonth", to), ("now", now));
        LogOffers(offers, offerFrom, to, (long)_time.GetElapsedTime(started).TotalMilliseconds);
    }

    private static long? ToLong(object? value) => value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static int? ToInt(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static async Task<List<T>> ReadAllAsync<T>(Task<DbDataReader> query, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var reader = await query;
        while (await reader.ReadAsync(ct))
        {
            list.Add(map(reader));
        }

        return list;
    }

    // The one Information line of a derive; each month's fit (or why it was not fitted) is logged at Debug.
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information,
        Message = "Snapshot derived for {FromMonth}..{ToMonth}: {Rows} customer-month rows ({Reason}); CLV fitted for {FittedMonths} of {Months} months, {FallbackMonths} kept the previous valid fit (reasons in fact.ModelFit); pricing fit {ModelFitKey}")]
    private partial void LogDerived(int fromMonth, int toMonth, long rows, string reason, int? modelFitKey, int fittedMonths, int months, int fallbackMonths);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Snapshot not rebuilt: {Reason}")]
    private partial void LogNothingToDo(string reason);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information,
        Message = "Next best offers materialised: {Offers} offers for {FromMonth}..{ToMonth} in {ElapsedMs} ms (earlier months have none: Snapshot:OfferMonths)")]
    private partial void LogOffers(long offers, int fromMonth, int toMonth, long elapsedMs);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Debug, Message = "CLV fit for the purchases up to {MonthEnd} is {Status}: {Note}")]
    private partial void LogFitFlagged(string monthEnd, FitRecordStatus status, string note);
}
