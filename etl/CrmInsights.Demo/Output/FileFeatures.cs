namespace CrmInsights.Demo.Output;

/// <summary>Whole-file properties a file is written with (dirty mode designates them).</summary>
[Flags]
internal enum FileFeatures
{
    None = 0,

    /// <summary>Starts with a UTF-8 byte order mark (accepted).</summary>
    Bom = 1,

    /// <summary>CRLF line ends instead of LF (accepted).</summary>
    Crlf = 2,

    /// <summary>The header names a required column wrongly (file quarantined).</summary>
    WrongHeader = 4,

    /// <summary>The file is cut in the middle of its last row (file quarantined).</summary>
    Truncated = 8,
}
