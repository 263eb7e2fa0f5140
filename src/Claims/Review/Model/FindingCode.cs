namespace CoopAssistant.Claims.Review;

/// <summary>What a finding is about. The stable text code of each (<see cref="FindingCodes.Stable"/>) is what gets
/// stored and shown in exports: never rename or reuse one.</summary>
public enum FindingCode
{
    /// <summary>Neither a third-party invoice nor a certification statement is attached.</summary>
    NoCostBasis = 0,

    /// <summary>An invoice's date falls outside the claim's usage period.</summary>
    InvoiceDateOutsidePeriod = 1,

    /// <summary>The execution date (the claim's activity date or one on a proof of execution) falls outside the usage period.</summary>
    ExecutionDateOutsidePeriod = 2,

    /// <summary>An invoice or statement is in another currency than the claim.</summary>
    CurrencyMismatch = 3,

    /// <summary>The invoice totals and statement amounts in the claim's currency add up to less than the amount claimed.</summary>
    AmountNotSupported = 4,

    /// <summary>The invoice was issued by the partner itself (its tax id or legal name).</summary>
    SelfIssuedInvoice = 5,

    /// <summary>The same file (SHA-256) is attached to another claim of the organization.</summary>
    DuplicateFile = 6,

    /// <summary>The same invoice (issuer id + number) is attached to another claim of the organization.</summary>
    DuplicateInvoice = 7,

    /// <summary>A proof of execution shows none of what its activity type needs.</summary>
    ProofMissingExpected = 8,

    /// <summary>No text could be read (an image, or a PDF without a text layer): check by eye.</summary>
    Unreadable = 9,

    /// <summary>The file is protected by a password.</summary>
    Encrypted = 10,

    /// <summary>The file is damaged or truncated.</summary>
    Corrupt = 11,

    /// <summary>The content is not a document type that evidence may be (e.g. a program named <c>.pdf</c>).</summary>
    RefusedContent = 12,

    /// <summary>Only part of the document was read (page, character, size or time limit).</summary>
    PartiallyRead = 13,

    /// <summary>A Brazilian CNPJ whose check digits are wrong.</summary>
    InvalidTaxId = 14,

    /// <summary>An invoice or statement was read but no total amount was found on it.</summary>
    TotalNotFound = 15,

    /// <summary>A date such as 03/04/2026 could be read both ways; the document's language decided the order.</summary>
    DateOrderAssumed = 16,

    /// <summary>The file could not be opened for the review (no copy kept, moved or deleted, sign-in needed, download failed).</summary>
    Unavailable = 17,
}
