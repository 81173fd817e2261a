using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>A CLV fit with the fact.ModelFit key it is stored under.</summary>
internal sealed record StoredFit(int Key, ClvModelFit Fit);
