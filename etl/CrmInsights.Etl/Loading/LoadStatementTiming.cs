namespace CrmInsights.Etl.Loading;

/// <summary>One statement's executions in a run.</summary>
/// <param name="Name">The statement name (Entity.Step).</param>
/// <param name="Count">How often it ran.</param>
/// <param name="Total">Time spent in it, summed.</param>
public sealed record LoadStatementTiming(string Name, int Count, TimeSpan Total)
{
    /// <summary>Mean time per execution.</summary>
    public TimeSpan Mean => Count == 0 ? TimeSpan.Zero : Total / Count;
}
