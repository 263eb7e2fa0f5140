namespace CoopAssistant.Claims.Review;

public enum DocumentLanguage
{
    Unknown = 0,
    Portuguese = 1,
    English = 2,
}

/// <summary>What a date on a document is, from the label before it.</summary>
public enum DateRole
{
    Other = 0,
    Issue = 1,
    Due = 2,
    Competence = 3,
    Execution = 4,
}

/// <summary>A date read from a document.</summary>
/// <param name="Date">The date.</param>
/// <param name="Role">What its label says it is.</param>
/// <param name="Found">The text as found (e.g. <c>03/04/2026</c>).</param>
/// <param name="OrderAssumed">Day and month could be read both ways; the document's language decided.</param>
public sealed record ExtractedDate(DateOnly Date, DateRole Role, string Found, bool OrderAssumed);

/// <summary>The amount a document states as its total, with the label that said so.</summary>
public sealed record ExtractedAmount(Money Money, string Label, string Found);

/// <summary>An issuer or customer on a document: its name and valid tax ids (normalised: upper case, letters and digits only).</summary>
public sealed record PartyFacts(string? Name, IReadOnlyList<string> TaxIds)
{
    public bool IsEmpty => Name is null && TaxIds.Count == 0;
}

/// <summary>The facts read from one document's text.</summary>
public sealed record DocumentFacts(
    DocumentLanguage Language,
    ExtractedDate? IssueDate,
    IReadOnlyList<ExtractedDate> ExecutionDates,
    ExtractedAmount? Total,
    string? InvoiceNumber,
    PartyFacts Issuer,
    PartyFacts Customer,
    IReadOnlyList<string> InvalidTaxIds,
    bool LooksLikeNfse,
    IReadOnlyCollection<ProofItem> ProofItems)
{
    public static readonly DocumentFacts None = new(DocumentLanguage.Unknown, null, [], null, null, new(null, []), new(null, []), [], false, []);
}
