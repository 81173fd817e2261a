namespace CrmInsights.Demo.Dirty;

/// <summary>Kinds of bad input dirty mode injects; <see cref="DefectCatalog"/> says what the ETL must do with each.</summary>
public enum DefectKind
{
    /// <summary>A required field is blank or absent.</summary>
    MissingRequired,

    /// <summary>A numeric field cannot be parsed.</summary>
    InvalidNumber,

    /// <summary>A date or timestamp cannot be parsed or is not a real date.</summary>
    InvalidDate,

    /// <summary>A score outside its scale (NPS 0-10, CSAT 1-5, CES 1-7).</summary>
    OutOfRange,

    /// <summary>A value outside its allowed set (email event type, bounce type).</summary>
    InvalidValue,

    /// <summary>An order line naming a SKU the product master does not have.</summary>
    UnknownSku,

    /// <summary>An order line naming a store the store master does not have.</summary>
    UnknownStore,

    /// <summary>A fact naming a customer the master does not have: accepted, creates an inferred member.</summary>
    UnknownCustomer,

    /// <summary>An exact copy of the previous row (same natural key, same content): skipped as a duplicate.</summary>
    Duplicate,

    /// <summary>Free text starting with =, +, - or @ (accepted; neutralised in every output).</summary>
    FormulaText,

    /// <summary>Free text with HTML/script markup (accepted; encoded in every output).</summary>
    MarkupText,

    /// <summary>Free text with an embedded line break inside a quoted CSV field (accepted).</summary>
    QuotedNewline,

    /// <summary>The file starts with a UTF-8 BOM (accepted).</summary>
    Bom,

    /// <summary>The file uses CRLF line ends (accepted).</summary>
    Crlf,

    /// <summary>The file ends in the middle of its last row, with no final line end (quarantined).</summary>
    TruncatedFile,

    /// <summary>A required column is misnamed in the header (quarantined).</summary>
    WrongHeader,
}
