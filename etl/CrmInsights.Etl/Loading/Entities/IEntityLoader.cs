using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Loading.Entities;

/// <summary>The load of one canonical entity: how its records become stage rows, and the set-based apply steps.</summary>
public interface IEntityLoader
{
    /// <summary>The entity.</summary>
    EntityKind Kind { get; }

    /// <summary>stage table the rows are bulk loaded into.</summary>
    string StageTable { get; }

    /// <summary>Stage columns in the order of <see cref="StageRow"/>'s values.</summary>
    IReadOnlyList<string> StageColumns { get; }

    /// <summary>The fact table whose rows carry the batch id, for reconciliation (null for dimensions).</summary>
    string? FactTable { get; }

    /// <summary>The SQL aggregate of the reconciled amount over <see cref="FactTable"/>'s rows (e.g. net sales), or null.</summary>
    string? FactAmountSql { get; }

    /// <summary>Tables the apply step writes besides its stage and fact table (schema-qualified), facts before stage tables.</summary>
    IReadOnlyList<string> OtherTables { get; }

    /// <summary>Every statement the apply step may send, in order.</summary>
    IReadOnlyList<LoadStatement> Statements { get; }

    /// <summary>The stage row of a record.</summary>
    object?[] StageRow(ICanonicalRecord record, long batchId, BusinessCalendar calendar);

    /// <summary>The amount reconciled between source and warehouse (e.g. net sales), or null when the entity has none.</summary>
    decimal? Amount(ICanonicalRecord record);

    /// <summary>
    /// What the rows this entity's load rejects (etl.Reject codes set by its SQL, e.g. unknown_reference) saw and which key
    /// fixes them, for source <paramref name="source"/>; null when its load rejects nothing a key could fix.
    /// </summary>
    string? LoadRejectAdvice(string source);

    /// <summary>Applies the staged rows of the batch to dimensions and facts (inside the batch transaction).</summary>
    Task<ApplyResult> ApplyAsync(LoadDb db, LoadParameters parameters, CancellationToken cancellationToken);
}
