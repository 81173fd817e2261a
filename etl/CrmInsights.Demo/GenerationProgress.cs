namespace CrmInsights.Demo;

/// <summary>Progress of a generation, reported once per generated day.</summary>
/// <param name="Day">Days done.</param>
/// <param name="Days">Days in the period.</param>
/// <param name="Rows">Rows written so far over all files.</param>
public readonly record struct GenerationProgress(int Day, int Days, long Rows);
