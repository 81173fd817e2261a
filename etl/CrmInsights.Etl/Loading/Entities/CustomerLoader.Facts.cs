namespace CrmInsights.Etl.Loading.Entities;

/// <summary>
/// Keeps facts on the right customer version after the batch's history changes, in the same transaction: every fact of a
/// customer in the batch whose version no longer covers the fact's time (its version was split) moves to the version that
/// does, and email, survey (responses and invitations) and campaign audience facts left on the unknown member match a customer that now has their address.
/// </summary>
public sealed partial class CustomerLoader
{
    /// <summary>Sales lines of the batch's customers moved to the version valid when the order was placed.</summary>
    public static readonly LoadStatement RepointSalesLines = Repoint("SalesLines", "SalesLine", "OrderedAtUtc");

    /// <summary>Email events of the batch's customers moved to the version valid at the event.</summary>
    public static readonly LoadStatement RepointEmailEvents = Repoint("EmailEvents", "EmailEvent", "EventAtUtc");

    /// <summary>Survey responses of the batch's customers moved to the version valid when the response was recorded.</summary>
    public static readonly LoadStatement RepointSurveyResponses = Repoint("SurveyResponses", "SurveyResponse", "RecordedAtUtc");

    /// <summary>Survey invitations of the batch's customers moved to the version valid when the invitation was sent.</summary>
    public static readonly LoadStatement RepointSurveyInvitations = Repoint("SurveyInvitations", "SurveyInvitation", "SentAtUtc");

    /// <summary>Web sessions of the batch's customers moved to the version valid when the session started.</summary>
    public static readonly LoadStatement RepointWebSessions = Repoint("WebSessions", "WebSession", "SessionStartUtc");

    /// <summary>Email events on the unknown member whose address a customer of the batch has: matched as the event load would now.</summary>
    public static readonly LoadStatement MatchEmailEvents = MatchByEmail("EmailEvents", "EmailEvent", "EventAtUtc");

    /// <summary>Email-only survey responses on the unknown member whose address a customer of the batch has: matched as the load would now.</summary>
    public static readonly LoadStatement MatchSurveyResponses = MatchByEmail("SurveyResponses", "SurveyResponse", "RecordedAtUtc");

    /// <summary>Email-only survey invitations on the unknown member whose address a customer of the batch has: matched as the load would now.</summary>
    public static readonly LoadStatement MatchSurveyInvitations = MatchByEmail("SurveyInvitations", "SurveyInvitation", "SentAtUtc");

    /// <summary>
    /// Campaign audience rows on the unknown member whose address a customer of the batch has: matched to that customer's
    /// current version, as the audience load would now (an audience has no time of its own, see <see cref="CampaignAudienceLoader"/>).
    /// </summary>
    public static readonly LoadStatement MatchCampaignAudiences = new("Customer.MatchCampaignAudiences", """
        UPDATE fact.CampaignAudience
        SET CustomerKey = (SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                           WHERE c.EmailNormalized = CampaignAudience.EmailNormalized AND c.CustomerKey <> -1 AND c.IsCurrent = 1)
        WHERE CampaignAudience.CustomerKey = -1
          AND CampaignAudience.EmailNormalized IN (SELECT s.EmailNormalized FROM stage.PosCustomer AS s WHERE s.BatchId = @BatchId)
          AND EXISTS (SELECT 1 FROM dim.Customer AS c
                      WHERE c.EmailNormalized = CampaignAudience.EmailNormalized AND c.CustomerKey <> -1 AND c.IsCurrent = 1);
        """);

    private static LoadStatement Repoint(string name, string table, string time) => new($"Customer.Repoint{name}", $"""
        UPDATE fact.{table}
        SET CustomerKey = (SELECT MIN(n.CustomerKey) FROM dim.Customer AS o
                           INNER JOIN dim.Customer AS n ON n.CustomerId = o.CustomerId
                           WHERE o.CustomerKey = {table}.CustomerKey AND n.ValidFromUtc <= {table}.{time} AND n.ValidToUtc > {table}.{time})
        WHERE {table}.CustomerKey IN (SELECT c.CustomerKey FROM dim.Customer AS c
                                      INNER JOIN stage.PosCustomer AS s ON s.CustomerId = c.CustomerId
                                      WHERE s.BatchId = @BatchId AND c.CustomerKey <> -1)
          AND NOT EXISTS (SELECT 1 FROM dim.Customer AS c
                          WHERE c.CustomerKey = {table}.CustomerKey AND c.ValidFromUtc <= {table}.{time} AND c.ValidToUtc > {table}.{time});
        """);

    private static LoadStatement MatchByEmail(string name, string table, string time) => new($"Customer.Match{name}", $"""
        UPDATE fact.{table}
        SET CustomerKey = (SELECT MIN(c.CustomerKey) FROM dim.Customer AS c
                           WHERE c.EmailNormalized = {table}.EmailNormalized AND c.CustomerKey <> -1
                             AND c.ValidFromUtc <= {table}.{time} AND c.ValidToUtc > {table}.{time})
        WHERE {table}.CustomerKey = -1
          AND {table}.EmailNormalized IN (SELECT s.EmailNormalized FROM stage.PosCustomer AS s WHERE s.BatchId = @BatchId)
          AND EXISTS (SELECT 1 FROM dim.Customer AS c
                      WHERE c.EmailNormalized = {table}.EmailNormalized AND c.CustomerKey <> -1
                        AND c.ValidFromUtc <= {table}.{time} AND c.ValidToUtc > {table}.{time});
        """);
}
