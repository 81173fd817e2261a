namespace CrmInsights.Etl.Loading;

/// <summary>Named steps of a batch load that are not single statements (for <see cref="ILoadObserver"/>).</summary>
public static class LoadSteps
{
    /// <summary>Bulk load of the landed rows into the stage table.</summary>
    public const string Stage = "stage";

    /// <summary>Recording the extract rejects in etl.Reject.</summary>
    public const string Rejects = "rejects";

    /// <summary>Just before the batch transaction commits.</summary>
    public const string Commit = "commit";

    /// <summary>After commit, before the inbox file is archived.</summary>
    public const string Archive = "archive";
}
