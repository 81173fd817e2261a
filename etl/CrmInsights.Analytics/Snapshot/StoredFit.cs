using CrmInsights.Analytics.Clv;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>A month's fact.ModelFit row: its key, the model that prices the month (null when none is usable) and its verdict.</summary>
internal sealed record StoredFit(int Key, ClvModelFit? Model, FitRecordStatus Status, int EndDateKey);
