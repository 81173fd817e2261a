namespace CrmInsights.Host.Scheduling.History;

/// <summary>
/// The shape of etl.JobRun the scheduler writes. The warehouse schema (warehouse/schema/etl/JobRun.sql)
/// is the definition that deploys; this T-SQL is kept here for the warehouse owner to match and for
/// tests that create the table in a DuckDB temp file (the same text runs on both engines).
/// </summary>
public static class JobRunTable
{
    public const string CreateDuckDb = """
        CREATE SCHEMA IF NOT EXISTS etl;
        CREATE TABLE IF NOT EXISTS etl.JobRun (
            RunId        UUID          NOT NULL PRIMARY KEY,
            JobName      VARCHAR(200)  NOT NULL,
            ScheduledFor TIMESTAMP     NOT NULL,
            StartedAt    TIMESTAMP     NOT NULL,
            FinishedAt   TIMESTAMP     NULL,
            Status       VARCHAR(20)   NOT NULL,
            Attempt      INTEGER       NOT NULL,
            Error        VARCHAR(4000) NULL,
            RunKind      VARCHAR(20)   NOT NULL,
            Node         VARCHAR(128)  NOT NULL
        );
        """;

    public const string CreateSqlServer = """
        CREATE TABLE etl.JobRun (
            RunId        UNIQUEIDENTIFIER NOT NULL CONSTRAINT PK_JobRun PRIMARY KEY,
            JobName      NVARCHAR(200)    NOT NULL,
            ScheduledFor DATETIME2(3)     NOT NULL,
            StartedAt    DATETIME2(3)     NOT NULL,
            FinishedAt   DATETIME2(3)     NULL,
            Status       NVARCHAR(20)     NOT NULL,
            Attempt      INT              NOT NULL,
            Error        NVARCHAR(4000)   NULL,
            RunKind      NVARCHAR(20)     NOT NULL,
            Node         NVARCHAR(128)    NOT NULL
        );
        """;
}
