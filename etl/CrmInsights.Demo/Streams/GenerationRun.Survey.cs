using System.Globalization;
using CrmInsights.Demo.Dirty;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>
/// Surveys a few days after a share of orders. Scores follow the customer's latent
/// satisfaction, which is tied to its dropout probability, so detractors churn more;
/// complaints are likelier when unhappy and resolve after a log-normal time, or never.
/// </summary>
internal sealed partial class GenerationRun
{
    internal static readonly string[] SurveyHeader =
    [
        "response_id", "recorded_at", "survey_id", "customer_id", "email", "touchpoint", "nps", "csat", "ces", "complaint",
        "complaint_category", "resolved_at", "comment",
    ];

    private static readonly string[] ComplaintCategories = ["delivery", "product_quality", "staff", "refund", "website", "billing"];

    private static readonly DefectKind[] SurveyDefects =
    [
        DefectKind.OutOfRange, DefectKind.InvalidNumber, DefectKind.MissingRequired, DefectKind.InvalidDate, DefectKind.UnknownCustomer,
        DefectKind.Duplicate, DefectKind.FormulaText, DefectKind.MarkupText, DefectKind.QuotedNewline,
    ];

    private static readonly string[] FormulaTexts = ["=HYPERLINK(\"http://evil.example/x\",\"click\")", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"];
    private static readonly string[] MarkupTexts = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "<b>bold</b> & <i>co</i>"];

    private void RunSurveys()
    {
        var due = _surveys.Due(_day);
        if (due is null)
        {
            return;
        }

        var rng = SplitMix64.For(_o.Seed, StreamIds.Survey, (ulong)_day);
        foreach (var id in due)
        {
            if (_customers[id].SurveyDay == _day)
            {
                Respond(id, ref rng);
            }
        }

        _surveys.Release(_day);
    }

    private void Respond(int id, ref SplitMix64 rng)
    {
        ref var c = ref _customers[id];
        var s = _o.Survey;
        var latent = c.Satisfaction + (0.8 * Distributions.Normal(ref rng));
        var nps = Math.Clamp((int)Math.Round(8 + (1.8 * latent)), 0, 10);
        var csat = Math.Clamp((int)Math.Round(4 + (0.9 * latent)), 1, 5);
        int? ces = rng.Chance(0.75) ? Math.Clamp((int)Math.Round(5.3 + (1.2 * latent)), 1, 7) : null;
        // Logistic in -latent, scaled so the population mean is about the configured rate.
        var complaintP = Math.Min(0.95, s.Complaint * 2 / (1 + Math.Exp(1.5 * latent)));
        var complaint = rng.Chance(complaintP);
        var recorded = _clock.At(_day, VisitSecond(ref rng));
        string? resolved = null;
        string? category = null;
        if (complaint)
        {
            _realised.Complaints++;
            category = ComplaintCategories[rng.Next(ComplaintCategories.Length)];
            if (rng.Chance(s.NeverResolved))
            {
                _realised.ComplaintsUnresolved++;
            }
            else
            {
                var hours = Distributions.LogNormal(ref rng, Math.Log(s.ResolutionMedianHours), s.ResolutionSigma);
                resolved = BusinessClock.Iso(recorded.AddSeconds(Math.Round(hours * 3600)));
            }
        }

        var online = (c.Flags & CustomerFlags.SurveyOnline) != CustomerFlags.None;
        var touch = rng.NextDouble() switch { < 0.05 => "phone", < 0.1 => "email", _ => online ? "web" : "store" };
        var byEmail = (c.Flags & CustomerFlags.HasEmail) != CustomerFlags.None && rng.Chance(0.15);
        var comment = complaint || rng.Chance(0.3) ? Names.Comments[rng.Next(Names.Comments.Length)] : null;
        _responseSeq++;
        _realised.SurveyResponses++;
        var fields = new string?[]
        {
            "SR" + _responseSeq.ToString("D9", CultureInfo.InvariantCulture),
            BusinessClock.Iso(recorded),
            SurveyIdOn(_day),
            byEmail ? null : CustomerId(id),
            byEmail ? Person.For(_o.Seed, id, 0).Email : null,
            touch,
            Int(nps),
            Int(csat),
            ces is { } v ? Int(v) : null,
            complaint ? "true" : "false",
            category,
            resolved,
            comment,
        };
        CheckDay(_surveyFile);
        if (!_dirty.TryPick(_surveyFile, _day, SurveyDefects, out var kind))
        {
            _surveyFile.Write(fields);
            return;
        }

        // Free-text defects replace the row's own comment; the others add a broken copy after it.
        string? inPlace = kind switch
        {
            DefectKind.FormulaText => FormulaTexts[_dirty.Next(FormulaTexts.Length)],
            DefectKind.MarkupText => MarkupTexts[_dirty.Next(MarkupTexts.Length)],
            DefectKind.QuotedNewline => "Line one of my feedback,\r\nline two says \"thanks\"\nand line three.",
            _ => null,
        };
        if (inPlace is not null)
        {
            fields[12] = inPlace;
            var (r0, l0) = _surveyFile.Write(fields);
            _dirty.Record(_surveyFile, r0, l0, "comment", kind, inPlace);
            return;
        }

        _surveyFile.Write(fields);
        var (field, value) = kind switch
        {
            DefectKind.OutOfRange => _dirty.Next(3) switch { 0 => ("nps", "11"), 1 => ("csat", _dirty.Next(2) == 0 ? "0" : "6"), _ => ("ces", "8") },
            DefectKind.InvalidNumber => ("nps", "ten"),
            DefectKind.MissingRequired => ("recorded_at", ""),
            DefectKind.InvalidDate => ("recorded_at", fields[1]![..5] + "02-30" + fields[1]![10..]),
            DefectKind.UnknownCustomer => ("customer_id", "C9" + (++_inferredSeq).ToString("D7", CultureInfo.InvariantCulture)),
            _ => ("*", (string?)null),
        };
        if (field != "*")
        {
            fields[Array.IndexOf(SurveyHeader, field)] = value;
        }

        if (kind == DefectKind.UnknownCustomer)
        {
            fields[0] = "SRX" + _inferredSeq.ToString("D8", CultureInfo.InvariantCulture);
            fields[4] = null;
        }

        // A broken score is nulled, not rejected, so the copy is a response of its own (a new id): with the original's id it
        // would be skipped as a duplicate and the nulled score never seen.
        if (kind is DefectKind.OutOfRange or DefectKind.InvalidNumber)
        {
            fields[0] = "SRN" + (++_nulledSeq).ToString("D8", CultureInfo.InvariantCulture);
        }

        var (row, line) = _surveyFile.Write(fields);
        _dirty.Record(_surveyFile, row, line, field, kind, value);
    }
}
