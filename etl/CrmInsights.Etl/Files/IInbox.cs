namespace CrmInsights.Etl.Files;

/// <summary>Finds inbox files whose writers have finished.</summary>
public interface IInbox
{
    /// <summary>
    /// Files of <paramref name="source"/> that are ready: with a ready marker configured, those with <c>&lt;file&gt;.done</c>;
    /// otherwise those whose size and modification time have not changed for <c>Etl:StableFor</c>. Ordered by name.
    /// </summary>
    IReadOnlyList<SourceFile> ListReadyFiles(string source);
}
