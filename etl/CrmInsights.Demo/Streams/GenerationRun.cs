using System.Globalization;
using CrmInsights.Demo.Dirty;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Output;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>
/// One generation, day by day: every stream writes the day's rows as it goes, so memory is
/// the per-customer state array plus a day's worth of pending returns and schedule entries.
/// </summary>
internal sealed partial class GenerationRun : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly DemoOptions _o;
    private readonly IProgress<GenerationProgress>? _progress;
    private readonly CancellationToken _ct;
    private readonly string _outDir;
    private readonly int _days;
    private readonly BusinessClock _clock;
    private readonly SeasonalTime _season;
    private readonly Catalog _catalog;
    private readonly CoPurchasePlan _coPurchase;
    private readonly CustomerState[] _customers;
    private readonly int[] _signupsByDay;
    private readonly Schedule _purchases;
    private readonly Schedule _visits;
    private readonly Schedule _surveys;
    private readonly long[] _dayStartUnix;
    private readonly DirtyInjector _dirty;
    private readonly Realised _realised = new();
    private readonly DailyCsvFile _customersFile;
    private readonly DailyCsvFile _productsFile;
    private readonly DailyCsvFile _storesFile;
    private readonly DailyCsvFile _orderLinesFile;
    private readonly DailyJsonlFile _webFile;
    private readonly DailyCsvFile _campaignsFile;
    private readonly DailyJsonlFile _emailFile;
    private readonly DailyCsvFile _surveyFile;
    private readonly DailyCsvFile _invitationFile;
    private readonly DailyCsvFile _audienceFile;
    private readonly Schedule _caused;
    private readonly DailyFile[] _files;
    private int _created;
    private int _day;
    private long _orderSeq;
    private long _responseSeq;
    private long _inferredSeq;
    private long _nulledSeq;

    public GenerationRun(DemoOptions options, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        _o = options;
        _progress = progress;
        _ct = ct;
        _outDir = Path.GetFullPath(options.OutputDirectory);
        var inbox = Path.Combine(_outDir, "inbox");
        _days = options.EndDate.DayNumber - options.StartDate.DayNumber + 1;
        var zone = DemoOptions.TryFindTimeZone(options.BusinessTimeZone)!;
        _clock = new BusinessClock(options.StartDate, zone);
        _season = new SeasonalTime(options.StartDate, _days, options.Seasonality);
        _catalog = new Catalog(options, _clock, _days);
        _coPurchase = new CoPurchasePlan(options, _catalog.Products);
        _customers = new CustomerState[options.Customers];
        _signupsByDay = SpreadSignups();
        _purchases = new Schedule(_days);
        _visits = new Schedule(_days);
        _surveys = new Schedule(_days);
        _caused = new Schedule(_days);
        _dayStartUnix = new long[_days + 1];
        for (var d = 0; d <= _days; d++)
        {
            _dayStartUnix[d] = d < _days ? _clock.At(d, 0).ToUnixTimeSeconds() : _dayStartUnix[d - 1] + 86_400;
        }

        Directory.CreateDirectory(_outDir);
        _dirty = new DirtyInjector(options, Path.Combine(_outDir, "dirty-manifest.json"), _days);
        _customersFile = new DailyCsvFile(inbox, "pos", "customers", CustomerHeader, 12, options.DropPeriod);
        _productsFile = new DailyCsvFile(inbox, "pos", "products", ProductHeader, 0, options.DropPeriod);
        _storesFile = new DailyCsvFile(inbox, "pos", "stores", StoreHeader, 0, options.DropPeriod);
        _orderLinesFile = new DailyCsvFile(inbox, "pos", "order_lines", OrderLineHeader, 2, options.DropPeriod);
        _webFile = new DailyJsonlFile(inbox, "web", "events", options.DropPeriod);
        _campaignsFile = new DailyCsvFile(inbox, "email", "campaigns", CampaignHeader, 0, options.DropPeriod);
        _emailFile = new DailyJsonlFile(inbox, "email", "events", options.DropPeriod);
        _surveyFile = new DailyCsvFile(inbox, "survey", "responses", SurveyHeader, 1, options.DropPeriod);
        _invitationFile = new DailyCsvFile(inbox, "survey", "invitations", InvitationHeader, 0, options.DropPeriod);
        _audienceFile = new DailyCsvFile(inbox, "email", "audiences", AudienceHeader, 0, options.DropPeriod);
        _files = [_customersFile, _productsFile, _storesFile, _orderLinesFile, _webFile, _campaignsFile, _emailFile, _surveyFile, _invitationFile, _audienceFile];
        foreach (var f in _files)
        {
            f.FeaturesFor = _dirty.FeaturesFor;
            f.Closed = _dirty.FileClosed;
        }
    }

    public void Run()
    {
        var nextCustomer = 0;
        for (_day = 0; _day < _days; _day++)
        {
            _ct.ThrowIfCancellationRequested();
            var date = _clock.Date(_day);
            WriteCatalogChanges(date);
            if (date is { Month: 1, Day: 1 } && _day > 0)
            {
                ReviewTiers();
            }

            for (var n = 0; n < _signupsByDay[_day]; n++)
            {
                SignUp(nextCustomer++);
            }

            RunPurchases();
            RunReturns();
            RunAnonymousOrders();
            RunVisits();
            RunAnonymousSessions();
            RunEmail(date);
            RunCausedPurchases();
            RunSurveys();
            RunCustomerChanges();
            if (_day + 1 == _days || DemoOptions.PeriodStart(_o.DropPeriod, _clock.Date(_day + 1)) != DemoOptions.PeriodStart(_o.DropPeriod, date))
            {
                // A period's files close together at its end, so only the current period's writers are ever open.
                foreach (var f in _files)
                {
                    f.Close();
                }
            }

            _progress?.Report(new GenerationProgress(_day + 1, _days, _files.Sum(f => f.TotalRows)));
        }

        WriteGroundTruth();
    }

    public GenerationSummary Summarise(TimeSpan elapsed) => new()
    {
        OutputDirectory = _outDir,
        RowsByEntity = _files.ToDictionary(f => $"{f.Source}/{f.Entity}", f => f.TotalRows, StringComparer.Ordinal),
        FilesByEntity = _files.ToDictionary(f => $"{f.Source}/{f.Entity}", f => f.FileCount, StringComparer.Ordinal),
        TotalBytes = _files.Sum(f => f.TotalBytes),
        DefectsByKind = new Dictionary<string, long>(_dirty.CountsByKind, StringComparer.Ordinal),
        GroundTruthPath = Path.Combine(_outDir, "ground-truth.json"),
        DirtyManifestPath = _dirty.Enabled ? Path.Combine(_outDir, "dirty-manifest.json") : null,
        Elapsed = elapsed,
    };

    public void Dispose()
    {
        foreach (var f in _files)
        {
            f.Dispose();
        }

        _dirty.Dispose();
    }

    /// <summary>
    /// Spreads the N signups over the days, weighted by the season (more in Nov/Dec) and
    /// rounded by largest remainder so the total is exactly N; customer ids follow signup order.
    /// </summary>
    private int[] SpreadSignups()
    {
        var weights = new double[_days];
        var total = 0.0;
        for (var d = 0; d < _days; d++)
        {
            // A slowly growing programme: later months recruit a little more.
            weights[d] = (_o.Seasonality ? _season.Factors[d] : 1.0) * (1.0 + (0.3 * d / _days));
            total += weights[d];
        }

        var counts = new int[_days];
        var remainders = new (double Rem, int Day)[_days];
        var assigned = 0;
        for (var d = 0; d < _days; d++)
        {
            var exact = _o.Customers * weights[d] / total;
            counts[d] = (int)Math.Floor(exact);
            assigned += counts[d];
            remainders[d] = (exact - counts[d], d);
        }

        foreach (var (_, d) in remainders.OrderByDescending(r => r.Rem).ThenBy(r => r.Day).Take(_o.Customers - assigned))
        {
            counts[d]++;
        }

        return counts;
    }

    private void CheckDay(DailyFile file) => file.EnsureDay(_clock.Date(_day));

    private static string Money(decimal m) => m.ToString("0.00", Inv);

    private static string Int(long v) => v.ToString(Inv);

    private static string CustomerId(int index) => "C" + (index + 1).ToString("D8", Inv);
}
