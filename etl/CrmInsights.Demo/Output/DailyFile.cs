namespace CrmInsights.Demo.Output;

/// <summary>
/// Base of the per-entity source files: opens <c>inbox/&lt;source&gt;/&lt;entity&gt;-&lt;yyyy-MM-dd&gt;.&lt;ext&gt;</c>
/// (named by the first day of its drop period: the day, the week's Monday or the month's first)
/// lazily on the first row of a period (a period without rows has no file), closes it when the
/// period moves on, and counts data rows and physical lines so defects can be located exactly.
/// </summary>
internal abstract class DailyFile : IDisposable
{
    private readonly string _inbox;
    private readonly DropPeriod _period;

    // Day number of the open file's period start; -1 when no file is open.
    private int _open = -1;

    protected DailyFile(string inbox, string source, string entity, string extension, DropPeriod period)
    {
        _inbox = inbox;
        _period = period;
        Source = source;
        Entity = entity;
        Extension = extension;
        Directory.CreateDirectory(Path.Combine(inbox, source));
    }

    public string Source { get; }

    public string Entity { get; }

    public string Extension { get; }

    /// <summary>Inbox-relative path of the open file, e.g. <c>pos/order_lines-2025-03-01.csv</c>.</summary>
    public string RelativePath { get; private set; } = "";

    /// <summary>Data rows written to the open file (header excluded).</summary>
    public int Rows { get; protected set; }

    /// <summary>Physical lines written to the open file, header included.</summary>
    public int Lines { get; protected set; }

    /// <summary>Features of the open file.</summary>
    public FileFeatures Features { get; private set; }

    /// <summary>Total rows over all days.</summary>
    public long TotalRows { get; private set; }

    /// <summary>Files written.</summary>
    public int FileCount { get; private set; }

    /// <summary>Bytes written (after the file is closed).</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Called when a file closes: relative path, features, rows.</summary>
    public Action<DailyFile>? Closed { get; set; }

    /// <summary>Decides the features of a new file (dirty mode); none by default.</summary>
    public Func<DailyFile, DateOnly, FileFeatures>? FeaturesFor { get; set; }

    protected string FullPath { get; private set; } = "";

    /// <summary>Makes sure the file of the period holding <paramref name="date"/> is open.</summary>
    public void EnsureDay(DateOnly date)
    {
        var start = DemoOptions.PeriodStart(_period, date);
        if (start.DayNumber == _open)
        {
            return;
        }

        Close();
        _open = start.DayNumber;
        RelativePath = $"{Source}/{Entity}-{start:yyyy-MM-dd}.{Extension}";
        FullPath = Path.Combine(_inbox, Source, $"{Entity}-{start:yyyy-MM-dd}.{Extension}");
        Features = FeaturesFor?.Invoke(this, date) ?? FileFeatures.None;
        Rows = 0;
        Lines = 0;
        FileCount++;
        Open(FullPath, Features);
    }

    /// <summary>Closes the open file, applying truncation when designated.</summary>
    public void Close()
    {
        if (_open < 0)
        {
            return;
        }

        CloseStream();
        if ((Features & FileFeatures.Truncated) != FileFeatures.None)
        {
            TruncateLastRow(FullPath);
        }

        TotalBytes += new FileInfo(FullPath).Length;
        TotalRows += Rows;
        Closed?.Invoke(this);
        _open = -1;
    }

    public void Dispose() => Close();

    protected abstract void Open(string path, FileFeatures features);

    protected abstract void CloseStream();

    /// <summary>Cuts the file in the middle of its last row, leaving no final line end.</summary>
    private static void TruncateLastRow(string path)
    {
        var bytes = File.ReadAllBytes(path.Length > 0 ? path : throw new InvalidOperationException("No file."));
        var end = bytes.Length;
        while (end > 0 && (bytes[end - 1] == (byte)'\n' || bytes[end - 1] == (byte)'\r'))
        {
            end--;
        }

        var start = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(end - 1, 0)) + 1;
        var cut = start + Math.Max(1, (end - start) / 2);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(cut);
    }
}
