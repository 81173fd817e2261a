namespace CrmInsights.Warehouse.SqlServer;

/// <summary>
/// Every T-SQL statement the C# code of this library sends to SQL Server, in one place so a test
/// parses each with ScriptDom. (Schema changes go through DacFx; bulk loads through SqlBulkCopy.)
/// </summary>
public static class SqlServerStatements
{
    /// <summary>Columns of every stage table, for checking bulk-load targets.</summary>
    public const string StageColumns = """
        SELECT c.TABLE_NAME, c.COLUMN_NAME
        FROM INFORMATION_SCHEMA.COLUMNS AS c
        INNER JOIN INFORMATION_SCHEMA.TABLES AS t
            ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
        WHERE c.TABLE_SCHEMA = @schema AND t.TABLE_TYPE = 'BASE TABLE'
        ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION;
        """;

    /// <summary>Takes the session-owned exclusive application lock; returns sp_getapplock's code (0/1 granted).</summary>
    public const string GetAppLock = """
        DECLARE @result int;
        EXEC @result = sys.sp_getapplock
            @Resource = @resource,
            @LockMode = 'Exclusive',
            @LockOwner = 'Session',
            @LockTimeout = @timeoutMs;
        SELECT @result;
        """;

    /// <summary>Releases the session-owned application lock.</summary>
    public const string ReleaseAppLock = """
        EXEC sys.sp_releaseapplock @Resource = @resource, @LockOwner = 'Session';
        """;

    /// <summary>Counts rows of each seeded table (live tests compare with the reference rows).</summary>
    public const string CountSeededRows = """
        SELECT
            (SELECT COUNT(*) FROM dim.Date) AS DateRows,
            (SELECT COUNT(*) FROM dim.Customer WHERE CustomerKey = -1) AS UnknownCustomers,
            (SELECT COUNT(*) FROM dim.Touchpoint) AS Touchpoints;
        """;

    /// <summary>Every statement, by name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(StageColumns)] = StageColumns,
        [nameof(GetAppLock)] = GetAppLock,
        [nameof(ReleaseAppLock)] = ReleaseAppLock,
        [nameof(CountSeededRows)] = CountSeededRows,
    };
}
