using CrmInsights.Warehouse.Model;

namespace CrmInsights.Reports.Delivery;

public sealed partial class DbDeliveryLog
{
    /// <summary>
    /// The columns of warehouse/schema/etl/ReportDelivery.sql this log uses, in DuckDB spelling, for tests
    /// that need the log without deploying the whole warehouse (the schema file owns the real definition).
    /// DuckDB only by design (CREATE TABLE IF NOT EXISTS is not T-SQL; SQL Server gets the table from the dacpac): it is
    /// in <see cref="DuckDbOnlyStatements"/>, never in <see cref="Statements"/>, and <see cref="Define"/> refuses it
    /// on any other connection.
    /// </summary>
    public const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS etl.ReportDelivery (
            ReportName       VARCHAR(100)  NOT NULL,
            PeriodKey        VARCHAR(32)   NOT NULL,
            Recipient        VARCHAR(320)  NOT NULL,
            Status           VARCHAR(16)   NOT NULL CHECK (Status IN ('Pending', 'Sent', 'Failed', 'Outboxed')),
            Attempts         INTEGER       NOT NULL DEFAULT 0,
            LastError        VARCHAR(2000) NULL,
            CreatedAtUtc     TIMESTAMP     NOT NULL,
            SentAtUtc        TIMESTAMP     NULL,
            LastAttemptAtUtc TIMESTAMP     NULL,
            CONSTRAINT UQ_etl_ReportDelivery_Report_Period_Recipient UNIQUE (ReportName, PeriodKey, Recipient)
        )
        """;

    private const string InsertClaimSql = """
        INSERT INTO etl.ReportDelivery (ReportName, PeriodKey, Recipient, Status, Attempts, CreatedAtUtc, LastAttemptAtUtc, SentAtUtc, LastError)
        SELECT @report, @period, @recipient, @sending, 1, @now, @now, NULL, NULL
        WHERE NOT EXISTS (
            SELECT 1 FROM etl.ReportDelivery
            WHERE ReportName = @report AND PeriodKey = @period AND Recipient = @recipient)
        """;

    private const string ReclaimSql = """
        UPDATE etl.ReportDelivery
        SET Status = @sending, Attempts = Attempts + 1, LastAttemptAtUtc = @now
        WHERE ReportName = @report AND PeriodKey = @period AND Recipient = @recipient
          AND (Status = @failed OR (Status = @sending AND COALESCE(LastAttemptAtUtc, CreatedAtUtc) < @cutoff))
        """;

    private const string MarkSentSql = """
        UPDATE etl.ReportDelivery
        SET Status = @sent, SentAtUtc = @now, LastError = NULL
        WHERE ReportName = @report AND PeriodKey = @period AND Recipient = @recipient
        """;

    private const string MarkFailedSql = """
        UPDATE etl.ReportDelivery
        SET Status = @failed, LastError = @error
        WHERE ReportName = @report AND PeriodKey = @period AND Recipient = @recipient AND Status <> @sent
        """;

    private const string ListSql = """
        SELECT ReportName, PeriodKey, Recipient, Status, Attempts, CreatedAtUtc, COALESCE(LastAttemptAtUtc, CreatedAtUtc) AS LastAttemptAtUtc, SentAtUtc, LastError
        FROM etl.ReportDelivery
        WHERE ReportName = @report AND PeriodKey = @period
        ORDER BY Recipient
        """;

    /// <summary>Every statement the log sends, by name: T-SQL with <c>@name</c> markers that both engines run (a test parses each with ScriptDom).</summary>
    internal static IReadOnlyDictionary<string, string> Statements { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(InsertClaimSql)] = InsertClaimSql,
        [nameof(ReclaimSql)] = ReclaimSql,
        [nameof(MarkSentSql)] = MarkSentSql,
        [nameof(MarkFailedSql)] = MarkFailedSql,
        [nameof(ListSql)] = ListSql,
    };

    /// <summary>Statements only a DuckDB connection may be sent (tests' stand-in schema), by name, each with its reason.</summary>
    internal static IReadOnlyDictionary<string, DuckDbOnlyStatement> DuckDbOnlyStatements { get; } = new Dictionary<string, DuckDbOnlyStatement>(StringComparer.Ordinal)
    {
        [nameof(CreateTableSql)] = new(CreateTableSql, "IF NOT EXISTS",
            "a stand-in for tests that need the log without the whole warehouse: CREATE TABLE IF NOT EXISTS is DuckDB's; SQL Server gets the table from the dacpac"),
    };
}
