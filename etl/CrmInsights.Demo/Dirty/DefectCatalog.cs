namespace CrmInsights.Demo.Dirty;

/// <summary>The expected ETL outcome of each defect kind, as written to the manifest.</summary>
public static class DefectCatalog
{
    /// <summary>Outcome: the row is rejected with a reason.</summary>
    public const string Reject = "reject";

    /// <summary>Outcome: the row is skipped as a duplicate (not a reject).</summary>
    public const string DuplicateSkipped = "duplicate_skipped";

    /// <summary>Outcome: the row loads with the field stored as NULL and a field-level warning (an optional field's unreadable value).</summary>
    public const string FieldNulled = "field_nulled";

    // The optional numeric fields the generator breaks (survey scores): the ETL nulls them instead of rejecting the response.
    private static readonly string[] OptionalFields = ["nps", "csat", "ces"];

    /// <summary>Outcome: the row or file is loaded normally.</summary>
    public const string Accepted = "accepted";

    /// <summary>Outcome: the whole file is moved to quarantine.</summary>
    public const string Quarantined = "quarantined";

    /// <summary>Snake-case name used in the manifest.</summary>
    public static string Name(DefectKind kind) => kind switch
    {
        DefectKind.MissingRequired => "missing_required",
        DefectKind.InvalidNumber => "invalid_number",
        DefectKind.InvalidDate => "invalid_date",
        DefectKind.OutOfRange => "out_of_range",
        DefectKind.InvalidValue => "invalid_value",
        DefectKind.UnknownSku => "unknown_sku",
        DefectKind.UnknownStore => "unknown_store",
        DefectKind.UnknownCustomer => "unknown_customer",
        DefectKind.Duplicate => "duplicate",
        DefectKind.FormulaText => "formula_text",
        DefectKind.MarkupText => "markup_text",
        DefectKind.QuotedNewline => "quoted_newline",
        DefectKind.Bom => "bom",
        DefectKind.Crlf => "crlf",
        DefectKind.TruncatedFile => "truncated_file",
        DefectKind.WrongHeader => "wrong_header",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What the ETL must do with a defect in <paramref name="field"/>: an unreadable optional field is nulled, not rejected.</summary>
    public static string Expected(DefectKind kind, string field) =>
        kind is DefectKind.InvalidNumber or DefectKind.OutOfRange && OptionalFields.Contains(field) ? FieldNulled : Expected(kind);

    /// <summary>What the ETL must do: reject, field_nulled, duplicate_skipped, accepted or quarantined.</summary>
    public static string Expected(DefectKind kind) => kind switch
    {
        DefectKind.OutOfRange => FieldNulled,
        DefectKind.MissingRequired or DefectKind.InvalidNumber or DefectKind.InvalidDate
            or DefectKind.InvalidValue or DefectKind.UnknownSku or DefectKind.UnknownStore => Reject,
        DefectKind.Duplicate => DuplicateSkipped,
        DefectKind.TruncatedFile or DefectKind.WrongHeader => Quarantined,
        _ => Accepted,
    };

    /// <summary>Reject reason category (for rejects), or null.</summary>
    public static string? ReasonCategory(DefectKind kind) => kind switch
    {
        DefectKind.MissingRequired => "missing_required",
        DefectKind.InvalidNumber => "invalid_number",
        DefectKind.InvalidDate => "invalid_date",
        DefectKind.OutOfRange => "out_of_range",
        DefectKind.InvalidValue => "invalid_value",
        DefectKind.UnknownSku or DefectKind.UnknownStore => "unknown_reference",
        DefectKind.TruncatedFile => "truncated_file",
        DefectKind.WrongHeader => "missing_column",
        _ => null,
    };

    /// <summary>One-line description for the manifest's kinds table.</summary>
    public static string Description(DefectKind kind) => kind switch
    {
        DefectKind.MissingRequired => "A required field (SOURCES.md *) is blank in CSV or absent in JSONL. Reject.",
        DefectKind.InvalidNumber => "A numeric field holds text that is not a number (e.g. 'two', '12.3.4'). Reject; in an optional field (survey nps) the value is stored as NULL with a field warning and the row loads (field_nulled).",
        DefectKind.InvalidDate => "A date/timestamp that does not parse or is not a real date (e.g. 2025-02-30). Reject.",
        DefectKind.OutOfRange => "A survey score outside its scale (nps 11, csat 0/6, ces 0/8): never clamped; the optional score is stored as NULL with a field warning and the response loads (field_nulled).",
        DefectKind.InvalidValue => "A value outside its allowed set (email event type or bounce_type). Reject.",
        DefectKind.UnknownSku => "Order line sku not in the product master: unknown_reference reject (products are not inferred).",
        DefectKind.UnknownStore => "Order line store_id not in the store master: unknown_reference reject (stores are not inferred).",
        DefectKind.UnknownCustomer => "A fact names a customer_id never sent in the customer master: NOT a reject; the ETL creates an inferred customer. The row has its own new key, so it adds one fact.",
        DefectKind.Duplicate => "Exact copy of the previous row (same natural key and content): skipped as a duplicate, not a reject.",
        DefectKind.FormulaText => "Free text replaced by formula-like text (=, +, -, @): accepted, stored verbatim, never a formula in outputs.",
        DefectKind.MarkupText => "Free text replaced by HTML/script markup: accepted, stored verbatim, encoded in outputs.",
        DefectKind.QuotedNewline => "Free text replaced by text with embedded CR/LF inside a quoted field: accepted; one row spans several lines.",
        DefectKind.Bom => "File starts with a UTF-8 BOM: accepted; the BOM is not part of the first column name.",
        DefectKind.Crlf => "File uses CRLF line ends: accepted.",
        DefectKind.TruncatedFile => "File cut in the middle of its last row, with no final line end: the whole file is quarantined.",
        DefectKind.WrongHeader => "A required column is misnamed (name + '_x'): the whole file is quarantined (missing column).",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
