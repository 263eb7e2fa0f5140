namespace CoopAssistant.Documents.Review;

/// <summary>What the documents of a claim can be found by on other claims: their SHA-256s and invoice keys (issuer id + number).</summary>
public sealed record DuplicateKeys(IReadOnlyCollection<string> Sha256s, IReadOnlyCollection<string> InvoiceKeys);
