using System.Globalization;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>
/// Survey invitations (survey/invitations), sent with the order they ask about: every order that a response follows had
/// one (same customer, same survey), and a further share of orders gets one nobody answers, so invitations per order is
/// Survey:InvitationPerOrder and the response rate about ResponsePerOrder / InvitationPerOrder. Drawn from a stream of
/// their own (<see cref="StreamIds.Invitations"/>), so adding them changed no other file a seed generates.
/// </summary>
internal sealed partial class GenerationRun
{
    internal static readonly string[] InvitationHeader = ["invitation_id", "sent_at", "survey_id", "customer_id", "channel"];

    private long _invitationSeq;

    /// <summary>The survey a response on <paramref name="day"/> answers (the questionnaire changed half-way).</summary>
    private string SurveyIdOn(int day) => day < _days / 2 ? "post-purchase-v1" : "post-purchase-v2";

    /// <summary>
    /// The invitation of the order the customer placed at <paramref name="at"/>: always when a response is due on
    /// <paramref name="responseDay"/> (its survey is the one that response answers), else with the probability that tops
    /// invitations up to InvitationPerOrder. Sent at the order itself, so the response (a later day) always follows it.
    /// </summary>
    private void Invite(int id, DateTimeOffset at, bool online, int? responseDay)
    {
        var rng = SplitMix64.For(_o.Seed, StreamIds.Invitations, (ulong)_orderSeq);
        var s = _o.Survey;
        var unanswered = s.ResponsePerOrder >= 1 ? 0 : (s.InvitationPerOrder - s.ResponsePerOrder) / (1 - s.ResponsePerOrder);
        if (responseDay is null && !rng.Chance(unanswered))
        {
            return;
        }

        var hasEmail = (_customers[id].Flags & CustomerFlags.HasEmail) != CustomerFlags.None;
        var channel = hasEmail && (online || rng.Chance(0.5)) ? (rng.Chance(0.9) ? "email" : "sms") : (online ? "sms" : "receipt");
        _invitationSeq++;
        _realised.SurveyInvitations++;
        CheckDay(_invitationFile);
        _invitationFile.Write(
        [
            "SI" + _invitationSeq.ToString("D9", CultureInfo.InvariantCulture),
            BusinessClock.Iso(at),
            SurveyIdOn(responseDay ?? _day),
            CustomerId(id),
            channel,
        ]);
    }
}
