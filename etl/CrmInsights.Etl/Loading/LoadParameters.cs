namespace CrmInsights.Etl.Loading;

/// <summary>Named parameter values of one statement execution (names without prefix).</summary>
public sealed class LoadParameters : Dictionary<string, object?>
{
    /// <summary>Creates an empty set.</summary>
    public LoadParameters() : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Copies <paramref name="other"/> and sets <paramref name="name"/>.</summary>
    public LoadParameters With(string name, object? value)
    {
        var copy = new LoadParameters();
        foreach (var (k, v) in this)
        {
            copy[k] = v;
        }

        copy[name] = value;
        return copy;
    }
}
