using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>One corpus document: how to make it, what it is attached as, and what the review must find in it.</summary>
/// <param name="Name">The file name (its extension may lie, on purpose).</param>
/// <param name="Writer">What produced it: pdfsharp, chromium, openxml, raw, text, png.</param>
/// <param name="Kind">What the user attached it as.</param>
/// <param name="Make">Builds the bytes.</param>
/// <param name="Expected">The finding codes the review must give this document, no more, no fewer.</param>
/// <param name="ClaimCurrency">The claim's currency in the scenario.</param>
/// <param name="Total">The total the review must read, if any.</param>
/// <param name="IssueDate">The invoice date it must read, if any.</param>
/// <param name="Number">The invoice number it must read, if any.</param>
/// <param name="IssuerId">The issuer's tax id (normalised) it must read, if any.</param>
public sealed record CorpusEntry(
    string Name,
    string Writer,
    EvidenceKind Kind,
    Func<Task<byte[]>> Make,
    FindingCode[] Expected,
    string ClaimCurrency = "BRL",
    Money? Total = null,
    DateOnly? IssueDate = null,
    string? Number = null,
    string? IssuerId = null)
{
    public override string ToString() => Name;
}
