namespace CrmInsights.Reports.Delivery;

public sealed partial class DbDeliveryLog
{
    /// <summary>The table this log needs (DuckDB spelling; the warehouse schema owns the real definition).</summary>
    public const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS etl.ReportDelivery (
            ReportName     VARCHAR(200)  NOT NULL,
            Period         VARCHAR(7)    NOT NULL,
            Recipient      VARCHAR(320)  NOT NULL,
            Status         VARCHAR(16)   NOT NULL,
            Attempts       INTEGER       NOT NULL,
            FirstAttemptAt TIMESTAMP     NOT NULL,
            LastAttemptAt  TIMESTAMP     NOT NULL,
            SentAt         TIMESTAMP     NULL,
            LastError      VARCHAR(2000) NULL,
            CONSTRAINT PK_ReportDelivery PRIMARY KEY (ReportName, Period, Recipient)
        )
        """;

    private const string InsertClaimSql = """
        INSERT INTO etl.ReportDelivery (ReportName, Period, Recipient, Status, Attempts, FirstAttemptAt, LastAttemptAt, SentAt, LastError)
        SELECT @report, @period, @recipient, @sending, 1, @now, @now, NULL, NULL
        WHERE NOT EXISTS (
            SELECT 1 FROM etl.ReportDelivery
            WHERE ReportName = @report AND Period = @period AND Recipient = @recipient)
        """;

    private const string ReclaimSql = """
        UPDATE etl.ReportDelivery
        SET Status = @sending, Attempts = Attempts + 1, LastAttemptAt = @now
        WHERE ReportName = @report AND Period = @period AND Recipient = @recipient
          AND (Status = @failed OR (Status = @sending AND LastAttemptAt < @cutoff))
        """;

    private const string MarkSentSql = """
        UPDATE etl.ReportDelivery
        SET Status = @sent, SentAt = @now, LastError = NULL
        WHERE ReportName = @report AND Period = @period AND Recipient = @recipient
        """;

    private const string MarkFailedSql = """
        UPDATE etl.ReportDelivery
        SET Status = @failed, LastError = @error
        WHERE ReportName = @report AND Period = @period AND Recipient = @recipient AND Status <> @sent
        """;

    private const string ListSql = """
        SELECT ReportName, Period, Recipient, Status, Attempts, FirstAttemptAt, LastAttemptAt, SentAt, LastError
        FROM etl.ReportDelivery
        WHERE ReportName = @report AND Period = @period
        ORDER BY Recipient
        """;
}
