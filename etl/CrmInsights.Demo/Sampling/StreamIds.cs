namespace CrmInsights.Demo.Sampling;

/// <summary>
/// Labels of the independent random streams: each (stream, day) or (stream, entity) has its
/// own generator, so changing how one source is generated never shifts another's bytes.
/// </summary>
internal static class StreamIds
{
    public const ulong Catalog = 1;
    public const ulong CustomerProcess = 2;
    public const ulong Identity = 3;
    public const ulong Arrivals = 4;
    public const ulong DailyPos = 5;
    public const ulong Web = 6;
    public const ulong Email = 7;
    public const ulong Survey = 8;
    public const ulong Changes = 9;
    public const ulong Dirty = 10;
    public const ulong Returns = 11;
    public const ulong Invitations = 12;
    public const ulong Holdout = 13;
    public const ulong CoPurchase = 14;
}
