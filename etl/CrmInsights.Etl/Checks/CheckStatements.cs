using CrmInsights.Etl.Loading;

namespace CrmInsights.Etl.Checks;

/// <summary>Statements that record and read check results and reconcile batches.</summary>
public static class CheckStatements
{
    /// <summary>Records one check result.</summary>
    public static readonly LoadStatement Insert = new("CheckResult.Insert", """
        INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, Message, Sample, CheckedAtUtc, BatchId)
        VALUES (@CheckName, @Severity, @Passed, @FailedCount, @Message, @Sample, @Now, @BatchId);
        """);

    /// <summary>The latest result of every check that last failed at error level.</summary>
    public static readonly LoadStatement BlockingFailures = new("CheckResult.BlockingFailures", """
        SELECT r.CheckName, r.FailedCount, r.Message, r.CheckedAtUtc
        FROM etl.CheckResult AS r
        WHERE r.Severity = 'Error' AND r.Passed = 0
          AND r.CheckResultId = (SELECT MAX(l.CheckResultId) FROM etl.CheckResult AS l WHERE l.CheckName = r.CheckName);
        """);

    /// <summary>Rows and net amount fact.SalesLine holds for a batch.</summary>
    public static readonly LoadStatement ReconcileSalesLine = new("Reconcile.SalesLine", """
        SELECT COUNT(*), SUM(Quantity * UnitPrice - DiscountAmount) FROM fact.SalesLine WHERE BatchId = @BatchId;
        """);

    /// <summary>Rows fact.EmailEvent holds for a batch.</summary>
    public static readonly LoadStatement ReconcileEmailEvent = new("Reconcile.EmailEvent", """
        SELECT COUNT(*), NULL FROM fact.EmailEvent WHERE BatchId = @BatchId;
        """);

    /// <summary>Rows fact.SurveyResponse holds for a batch.</summary>
    public static readonly LoadStatement ReconcileSurveyResponse = new("Reconcile.SurveyResponse", """
        SELECT COUNT(*), NULL FROM fact.SurveyResponse WHERE BatchId = @BatchId;
        """);

    /// <summary>Rows fact.SurveyInvitation holds for a batch.</summary>
    public static readonly LoadStatement ReconcileSurveyInvitation = new("Reconcile.SurveyInvitation", """
        SELECT COUNT(*), NULL FROM fact.SurveyInvitation WHERE BatchId = @BatchId;
        """);

    /// <summary>Rows fact.WebEvent holds for a batch.</summary>
    public static readonly LoadStatement ReconcileWebEvent = new("Reconcile.WebEvent", """
        SELECT COUNT(*), NULL FROM fact.WebEvent WHERE BatchId = @BatchId;
        """);

    /// <summary>The reconciliation query of each fact table.</summary>
    public static IReadOnlyDictionary<string, LoadStatement> Reconcile { get; } = new Dictionary<string, LoadStatement>(StringComparer.Ordinal)
    {
        ["fact.SalesLine"] = ReconcileSalesLine,
        ["fact.EmailEvent"] = ReconcileEmailEvent,
        ["fact.SurveyResponse"] = ReconcileSurveyResponse,
        ["fact.SurveyInvitation"] = ReconcileSurveyInvitation,
        ["fact.WebEvent"] = ReconcileWebEvent,
    };

    /// <summary>Every statement.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } =
        [Insert, BlockingFailures, ReconcileSalesLine, ReconcileEmailEvent, ReconcileSurveyResponse, ReconcileSurveyInvitation, ReconcileWebEvent];
}
