namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>Reads the facts the checks need from a document's text: language, dates and their roles, the total, the
/// invoice number, issuer and customer, NF-e/NFS-e labels and what a proof of execution shows.</summary>
public static class DocumentFactsExtractor
{
    private static readonly LabelSet<bool> NfseLabels = new(
    [
        new("nfs-e", true), new("nfse", true), new("nf-e", true), new("nota fiscal de servicos", true), new("nota fiscal eletronica", true),
        new("prestador de servicos", true), new("tomador de servicos", true), new("emitente", true), new("competencia", true),
        new("danfe", true), new("codigo de verificacao", true),
    ]);

    public static DocumentFacts Extract(string text)
    {
        var lines = new DocumentLines(text);
        if (lines.Count == 0)
        {
            return DocumentFacts.None;
        }

        var language = LanguageDetector.Detect(lines);
        var dates = DateExtractor.Extract(lines, language);
        var issue = dates.FirstOrDefault(d => d.Role == DateRole.Issue)
            ?? dates.FirstOrDefault(d => d.Role == DateRole.Competence)
            ?? dates.FirstOrDefault(d => d.Role == DateRole.Other);
        var execution = dates.Where(d => d.Role == DateRole.Execution).ToList();
        var currency = MoneyExtractor.DominantCurrency(lines);
        var total = MoneyExtractor.Total(lines, currency);
        var (issuer, customer, invalid) = Parties.Find(lines);
        var nfse = lines.Folded.Take(200).Sum(l => NfseLabels.Find(l).Count) >= 2;
        return new(language, issue, execution, total, InvoiceNumbers.Find(lines), issuer, customer, invalid, nfse, ProofTerms.Find(lines));
    }

    /// <summary>The key that identifies an invoice across claims: the issuer's first tax id (else its name) and the number.</summary>
    public static string? InvoiceKey(DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.InvoiceNumber is null)
        {
            return null;
        }

        var issuer = facts.Issuer.TaxIds.Count > 0 ? facts.Issuer.TaxIds[0]
            : facts.Issuer.Name is { } name ? "name:" + TextFold.CompanyKey(name)
            : null;
        return issuer is null ? null : issuer + "|" + InvoiceNumbers.Key(facts.InvoiceNumber);
    }
}
