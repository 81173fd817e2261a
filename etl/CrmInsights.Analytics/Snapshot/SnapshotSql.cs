namespace CrmInsights.Analytics.Snapshot;

/// <summary>
/// The derive step's SQL, portable across SQL Server and DuckDB (no engine functions; the
/// set-based snapshot logic itself lives in the view etl.CustomerMonthSource, validated by DacFx).
/// Every statement is listed in <see cref="All"/>, which a test parses with ScriptDom; <see cref="SqlCommands"/> sends
/// nothing else.
/// </summary>
internal static class SnapshotSql
{
    public const string WatermarkSource = "derive";
    public const string WatermarkEntity = "customer_month";
    public const string RfmMapEntity = "rfm_map";
    public const string ModelName = "BG/NBD+Gamma-Gamma";

    public const string ReadSetting = "SELECT SettingValue FROM etl.Setting WHERE SettingName = @name";

    public const string UpdateSetting = "UPDATE etl.Setting SET SettingValue = @value, UpdatedAtUtc = @now WHERE SettingName = @name";

    public const string InsertSetting = "INSERT INTO etl.Setting (SettingName, SettingValue, Description, UpdatedAtUtc) VALUES (@name, @value, @name, @now)";

    public const string ReadWatermark = "SELECT WatermarkValue FROM etl.Watermark WHERE Source = @source AND Entity = @entity";

    public const string DeleteWatermark = "DELETE FROM etl.Watermark WHERE Source = @source AND Entity = @entity";

    public const string InsertWatermark = """
        INSERT INTO etl.Watermark (Source, Entity, WatermarkValue, UpdatedAtUtc, BatchId)
        VALUES (@source, @entity, @value, @now, @batchId)
        """;

    public const string MaxBatch = "SELECT MAX(BatchId) FROM etl.Batch";

    public const string DataRange = "SELECT r.LastYearMonthKey FROM mart.DataRange AS r WHERE r.LastDateKey IS NOT NULL";

    public const string FirstMonth = "SELECT MIN(m.YearMonthKey) FROM mart.Month AS m";

    public const string SnapshotLastMonth = "SELECT MAX(YearMonthKey) FROM fact.CustomerMonth";

    /// <summary>
    /// The earliest month the batches after @batchId change: the months of their facts, of the fact rows they replaced
    /// (etl.Batch.FirstReplacedDateKey: a deleted row leaves no date behind) and of the customer versions they begin; and
    /// for each customer they stamped whose first snapshot month moves (a master arriving after its customer's purchases
    /// with an earlier signup, a new customer with no facts yet, one matched to email or survey facts that waited on the
    /// unknown member, a signup corrected to a later month), the earlier of its old first month in fact.CustomerMonth and
    /// its new one from etl.CustomerActivity (ch: the customers stamped). A first version is valid from 1900-01-01, which
    /// no dim.Date row holds, so its own ValidFromUtc names no month.
    /// </summary>
    public const string EarliestChangedMonth = """
        WITH ch AS (SELECT DISTINCT c.CustomerId FROM dim.Customer AS c WHERE c.BatchId > @batchId AND c.CustomerKey <> -1)
        SELECT MIN(x.YearMonthKey)
        FROM (
            SELECT d.YearMonthKey
            FROM (
                SELECT sl.DateKey FROM fact.SalesLine AS sl WHERE sl.BatchId > @batchId
                UNION ALL
                SELECT sr.DateKey FROM fact.SurveyResponse AS sr WHERE sr.BatchId > @batchId
                UNION ALL
                SELECT ws.DateKey FROM fact.WebSession AS ws WHERE ws.BatchId > @batchId
                UNION ALL
                SELECT ee.DateKey FROM fact.EmailEvent AS ee WHERE ee.BatchId > @batchId
                UNION ALL
                SELECT dd.DateKey FROM dim.Customer AS c INNER JOIN dim.Date AS dd ON dd.FullDate = CAST(c.ValidFromUtc AS date) WHERE c.BatchId > @batchId
                UNION ALL
                SELECT b.FirstReplacedDateKey FROM etl.Batch AS b WHERE b.BatchId > @batchId AND b.FirstReplacedDateKey IS NOT NULL
            ) AS k
            INNER JOIN dim.Date AS d ON d.DateKey = k.DateKey
            UNION ALL
            SELECT CASE WHEN n.FirstMonth IS NULL THEN o.FirstMonth
                        WHEN o.FirstMonth IS NULL OR n.FirstMonth < o.FirstMonth THEN n.FirstMonth
                        ELSE o.FirstMonth END
            FROM ch
            LEFT JOIN (
                SELECT s.CustomerId, MIN(m.YearMonthKey) AS FirstMonth
                FROM (
                    SELECT a.CustomerId, MIN(a.MonthIndex) AS StartMonthIndex
                    FROM etl.CustomerActivity AS a
                    WHERE a.CustomerId IN (SELECT ch.CustomerId FROM ch)
                    GROUP BY a.CustomerId
                ) AS s
                INNER JOIN mart.Month AS m ON m.MonthIndex >= s.StartMonthIndex
                GROUP BY s.CustomerId
            ) AS n ON n.CustomerId = ch.CustomerId
            LEFT JOIN (
                SELECT cm.CustomerId, MIN(cm.YearMonthKey) AS FirstMonth
                FROM fact.CustomerMonth AS cm
                WHERE cm.CustomerId IN (SELECT ch.CustomerId FROM ch)
                GROUP BY cm.CustomerId
            ) AS o ON o.CustomerId = ch.CustomerId
            WHERE (n.FirstMonth IS NULL AND o.FirstMonth IS NOT NULL)
               OR (n.FirstMonth IS NOT NULL AND o.FirstMonth IS NULL)
               OR n.FirstMonth <> o.FirstMonth
        ) AS x
        """;

    public const string ClearStage = "DELETE FROM stage.CustomerMonthBase";

    public const string ClearScores = "DELETE FROM stage.CustomerMonthScore";

    public const string FillBase = """
        INSERT INTO stage.CustomerMonthBase (
            YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin,
            FirstPurchaseDateKey, LastPurchaseDateKey, CohortYearMonthKey, RecencyDays, Frequency, MonetaryValue,
            IsActive, IsNew, IsLapsed, HistoricalClv, FirstPurchaseStoreKey, LastPurchaseStoreKey)
        SELECT
            s.YearMonthKey, s.CustomerId, s.CustomerKey, s.MonthEndDateKey, s.Orders, s.Units, s.Revenue, s.Margin,
            s.FirstPurchaseDateKey, s.LastPurchaseDateKey, s.CohortYearMonthKey, s.RecencyDays, s.Frequency, s.MonetaryValue,
            s.IsActive, s.IsNew, s.IsLapsed, s.HistoricalClv, s.FirstPurchaseStoreKey, s.LastPurchaseStoreKey
        FROM etl.CustomerMonthSource AS s
        WHERE s.YearMonthKey >= @fromMonth AND s.YearMonthKey <= @toMonth
        """;

    public const string ClearEvents = "DELETE FROM stage.CustomerEvent";

    /// <summary>
    /// Every customer event the models read, up to @endDateKey, computed once per derive (each month's fit and each
    /// chunk of customers then reads this table instead of aggregating the sales again: 24 months and 200 chunks at 1 M
    /// customers made that a full pass over fact.SalesLine 224 times). Inserted in customer order, so a chunk's range
    /// filter on CustomerId skips most of the table (DuckDB zone maps; on SQL Server the clustered index).
    /// Kind 1 = purchase day (Value = net revenue of that day's purchase orders), 2 = survey response (Flag = complaint,
    /// DateKey2 = resolution date), 3 = identified web session, 4 = email click.
    /// </summary>
    public const string FillEvents = """
        INSERT INTO stage.CustomerEvent (CustomerId, Kind, DateKey, Value, Flag, DateKey2)
        SELECT x.CustomerId, x.Kind, x.DateKey, x.Value, x.Flag, x.DateKey2
        FROM (
            SELECT o.CustomerId, 1 AS Kind, o.DateKey, SUM(o.NetRevenue) AS Value, 0 AS Flag, CAST(NULL AS int) AS DateKey2
            FROM mart.OrderSummary AS o
            WHERE o.CustomerId IS NOT NULL AND o.IsPurchase = 1 AND o.DateKey <= @endDateKey
            GROUP BY o.CustomerId, o.DateKey
            UNION ALL
            SELECT c.CustomerId, 2, r.DateKey, NULL, CASE WHEN r.IsComplaint = 1 THEN 1 ELSE 0 END, r.ResolvedDateKey
            FROM fact.SurveyResponse AS r
            INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
            WHERE r.CustomerKey <> -1 AND r.DateKey <= @endDateKey
            UNION ALL
            SELECT c.CustomerId, 3, w.DateKey, NULL, 0, NULL
            FROM fact.WebSession AS w
            INNER JOIN dim.Customer AS c ON c.CustomerKey = w.CustomerKey
            WHERE w.CustomerKey <> -1 AND w.DateKey <= @endDateKey
            UNION ALL
            SELECT c.CustomerId, 4, e.DateKey, NULL, 0, NULL
            FROM fact.EmailEvent AS e
            INNER JOIN dim.Customer AS c ON c.CustomerKey = e.CustomerKey
            WHERE e.CustomerKey <> -1 AND e.EventType = 'click' AND e.DateKey <= @endDateKey
        ) AS x
        ORDER BY x.CustomerId, x.Kind, x.DateKey
        """;

    /// <summary>Purchase days (value = net revenue of that day's purchase orders) up to @endDateKey, grouped by customer (from <see cref="FillEvents"/>).</summary>
    public const string PurchaseDays = """
        SELECT e.CustomerId, e.DateKey, e.Value
        FROM stage.CustomerEvent AS e
        WHERE e.Kind = 1 AND e.DateKey <= @endDateKey
        ORDER BY e.CustomerId, e.DateKey
        """;

    /// <summary>Fits of one window with their verdict and parameters (a fit may have no parameters when nothing was usable).</summary>
    public const string FindFit = """
        SELECT f.ModelFitKey, p.ParameterName, p.ParameterValue, f.FitStatus, f.FitNote, f.FallbackModelFitKey, f.Converged
        FROM fact.ModelFit AS f
        LEFT JOIN fact.ModelFitParameter AS p ON p.ModelFitKey = f.ModelFitKey
        WHERE f.ModelName = @modelName AND f.CalibrationEndDateKey = @endDateKey AND f.CustomerCount = @customers
        """;

    /// <summary>The latest fit of a window judged by the current fitter (FitStatus set).</summary>
    public const string LatestJudgedFitKey = """
        SELECT MAX(ModelFitKey) FROM fact.ModelFit
        WHERE ModelName = @modelName AND CalibrationEndDateKey = @endDateKey AND FitStatus IS NOT NULL
        """;

    public const string FitParameters = "SELECT ParameterName, ParameterValue FROM fact.ModelFitParameter WHERE ModelFitKey = @key";

    public const string InsertFit = """
        INSERT INTO fact.ModelFit (ModelName, FitAtUtc, FitDateKey, CalibrationStartDateKey, CalibrationEndDateKey, CustomerCount, LogLikelihood, Converged,
            FitStatus, FitNote, FallbackModelFitKey)
        VALUES (@modelName, @fitAt, @fitDateKey, @startDateKey, @endDateKey, @customers, @logLikelihood, @converged, @status, @note, @fallbackKey)
        """;

    public const string LastFitKey = "SELECT MAX(ModelFitKey) FROM fact.ModelFit WHERE ModelName = @modelName";

    public const string InsertFitParameter = "INSERT INTO fact.ModelFitParameter (ModelFitKey, ParameterName, ParameterValue) VALUES (@key, @name, @value)";

    public const string RfmInputs = """
        SELECT b.CustomerId, b.RecencyDays, b.Frequency, b.MonetaryValue
        FROM stage.CustomerMonthBase AS b
        WHERE b.YearMonthKey = @month AND b.Frequency > 0
        """;

    public const string DistinctCustomers = "SELECT DISTINCT b.CustomerId FROM stage.CustomerMonthBase AS b ORDER BY b.CustomerId";

    /// <summary>
    /// Everything the per-customer models read for customers in [@lo, @hi], as one stream
    /// ordered by customer: Kind 0 = snapshot month (DateKey = month end, Flag = opted in), then the
    /// events of <see cref="FillEvents"/> (kinds 1-4).
    /// </summary>
    public const string CustomerEvents = """
        SELECT b.CustomerId, 0 AS Kind, b.MonthEndDateKey AS DateKey, b.YearMonthKey, CAST(NULL AS decimal(19, 4)) AS Value,
            CASE WHEN c.MarketingOptIn = 1 THEN 1 ELSE 0 END AS Flag, CAST(NULL AS int) AS DateKey2
        FROM stage.CustomerMonthBase AS b
        INNER JOIN dim.Customer AS c ON c.CustomerKey = b.CustomerKey
        WHERE b.CustomerId >= @lo AND b.CustomerId <= @hi
        UNION ALL
        SELECT e.CustomerId, e.Kind, e.DateKey, NULL, e.Value, e.Flag, e.DateKey2
        FROM stage.CustomerEvent AS e
        WHERE e.CustomerId >= @lo AND e.CustomerId <= @hi
        """;

    /// <summary>From @fromMonth on; 0 when the rebuild starts at the first month, so a month that left the data range goes too.</summary>
    public const string DeleteSnapshot = "DELETE FROM fact.CustomerMonth WHERE YearMonthKey >= @fromMonth";

    public const string WriteSnapshot = """
        INSERT INTO fact.CustomerMonth (
            YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin,
            FirstPurchaseDateKey, LastPurchaseDateKey, CohortYearMonthKey, RecencyDays, Frequency, MonetaryValue,
            RScore, FScore, MScore, RfmSegment, RelationshipStage, IsActive, IsNew, IsLapsed, HistoricalClv,
            PredictedClv12m, ExpectedPurchases12m, ProbabilityAlive, EngagementScore, ModelFitKey, SnapshotAtUtc,
            FirstPurchaseStoreKey, LastPurchaseStoreKey)
        SELECT
            b.YearMonthKey, b.CustomerId, b.CustomerKey, b.MonthEndDateKey, b.Orders, b.Units, b.Revenue, b.Margin,
            b.FirstPurchaseDateKey, b.LastPurchaseDateKey, b.CohortYearMonthKey, b.RecencyDays, b.Frequency, b.MonetaryValue,
            r.RScore, r.FScore, r.MScore, r.RfmSegment, m.RelationshipStage, b.IsActive, b.IsNew, b.IsLapsed, b.HistoricalClv,
            m.PredictedClv12m, m.ExpectedPurchases12m, m.ProbabilityAlive, m.EngagementScore, m.ModelFitKey, @now,
            b.FirstPurchaseStoreKey, b.LastPurchaseStoreKey
        FROM stage.CustomerMonthBase AS b
        LEFT JOIN stage.CustomerMonthScore AS r ON r.YearMonthKey = b.YearMonthKey AND r.CustomerId = b.CustomerId AND r.ScoreKind = 'rfm'
        LEFT JOIN stage.CustomerMonthScore AS m ON m.YearMonthKey = b.YearMonthKey AND m.CustomerId = b.CustomerId AND m.ScoreKind = 'model'
        """;

    /// <summary>The offers of every month from @fromMonth on go: each derive rebuilds those months, so none keeps offers of an older derive.</summary>
    public const string DeleteOffers = NextBestOfferSql.DeleteOffers;

    /// <summary>The offers of [@offerFrom, @toMonth] from the logic view, set-based.</summary>
    public const string WriteOffers = NextBestOfferSql.WriteOffers;

    /// <summary>Every statement the derive step sends, by name (written in T-SQL with <c>@name</c> markers).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(ReadSetting)] = ReadSetting,
        [nameof(UpdateSetting)] = UpdateSetting,
        [nameof(InsertSetting)] = InsertSetting,
        [nameof(ReadWatermark)] = ReadWatermark,
        [nameof(DeleteWatermark)] = DeleteWatermark,
        [nameof(InsertWatermark)] = InsertWatermark,
        [nameof(MaxBatch)] = MaxBatch,
        [nameof(DataRange)] = DataRange,
        [nameof(FirstMonth)] = FirstMonth,
        [nameof(SnapshotLastMonth)] = SnapshotLastMonth,
        [nameof(EarliestChangedMonth)] = EarliestChangedMonth,
        [nameof(ClearStage)] = ClearStage,
        [nameof(ClearScores)] = ClearScores,
        [nameof(FillBase)] = FillBase,
        [nameof(ClearEvents)] = ClearEvents,
        [nameof(FillEvents)] = FillEvents,
        [nameof(PurchaseDays)] = PurchaseDays,
        [nameof(FindFit)] = FindFit,
        [nameof(LatestJudgedFitKey)] = LatestJudgedFitKey,
        [nameof(FitParameters)] = FitParameters,
        [nameof(InsertFit)] = InsertFit,
        [nameof(LastFitKey)] = LastFitKey,
        [nameof(InsertFitParameter)] = InsertFitParameter,
        [nameof(RfmInputs)] = RfmInputs,
        [nameof(DistinctCustomers)] = DistinctCustomers,
        [nameof(CustomerEvents)] = CustomerEvents,
        [nameof(DeleteSnapshot)] = DeleteSnapshot,
        [nameof(WriteSnapshot)] = WriteSnapshot,
        [nameof(DeleteOffers)] = DeleteOffers,
        [nameof(WriteOffers)] = WriteOffers,
    };

    /// <summary>The statement texts of <see cref="All"/>, for the send-time check.</summary>
    public static IReadOnlySet<string> Texts { get; } = All.Values.ToHashSet(StringComparer.Ordinal);
}
