namespace CrmInsights.Etl.Validation.Records;

/// <summary>A validated, typed canonical row.</summary>
public interface ICanonicalRecord
{
    /// <summary>1-based data record index in the source file (or query result).</summary>
    long SourceRow { get; }
}
