using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Tests.Review;

/// <summary>Builds review requests from document texts: a seminar claim for the first half of 2026, BRL 10,000.00,
/// filed by "Parceira Exemplo Tecnologia Ltda" (CNPJ 45.723.174/0001-10).</summary>
internal sealed class Scenario
{
    public const string PartnerCnpj = "45.723.174/0001-10";
    public const string PartnerName = "Parceira Exemplo Tecnologia Ltda";

    private readonly List<ReviewDocument> documents = [];
    private readonly List<OtherClaimEvidence> others = [];
    private readonly List<FindingAcceptance> acceptances = [];

    public ClaimFacts Claim { get; set; } = new(
        Guid.Parse("00000000-0000-0000-0000-0000000000c1"),
        "Seminário de lançamento",
        ActivityType.Seminar,
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 6, 30),
        new DateOnly(2026, 3, 20),
        10_000m,
        "BRL");

    public PartnerIdentity Partner { get; set; } = new([PartnerName], [PartnerCnpj]);

    public ReviewDocument Add(EvidenceKind kind, string text, string? name = null, string? sha256 = null)
    {
        var document = new ReviewDocument(
            Guid.NewGuid(),
            name ?? $"doc{documents.Count + 1}.pdf",
            kind,
            sha256 ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text + documents.Count))),
            new DocumentReading(DocumentReadStatus.Read, "pdf", text, 1, 1));
        documents.Add(document);
        return document;
    }

    public ReviewDocument Add(EvidenceKind kind, DocumentReading reading, string? name = null)
    {
        var document = new ReviewDocument(Guid.NewGuid(), name ?? $"doc{documents.Count + 1}", kind, Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), reading);
        documents.Add(document);
        return document;
    }

    public Scenario Other(OtherClaimEvidence claim)
    {
        others.Add(claim);
        return this;
    }

    public Scenario Accept(FindingAcceptance acceptance)
    {
        acceptances.Add(acceptance);
        return this;
    }

    public ReviewReport Review() => new ClaimReviewer().Review(new ReviewRequest(Claim, documents, Partner, others, acceptances));

    /// <summary>An NFS-e-style invoice text from a third-party vendor.</summary>
    public static string Nfse(
        string date = "15/03/2026",
        string total = "R$ 10.000,00",
        string number = "2026/000123",
        string issuerName = "Eventos Paulista Ltda",
        string issuerCnpj = "11.222.333/0001-81") => $"""
        PREFEITURA DO MUNICÍPIO DE SÃO PAULO
        NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e
        Número da NFS-e: {number}
        Data e Hora de Emissão: {date} 10:42:00
        Código de Verificação: AB12-CD34
        PRESTADOR DE SERVIÇOS
        Razão Social: {issuerName}
        CNPJ: {issuerCnpj}
        Município: São Paulo UF: SP
        TOMADOR DE SERVIÇOS
        Razão Social: {PartnerName}
        CNPJ: {PartnerCnpj}
        DISCRIMINAÇÃO DOS SERVIÇOS
        Organização de seminário para clientes, locação de espaço e coffee break
        Valor dos Serviços: {total}
        Valor Total da Nota: {total}
        """;

    /// <summary>An English invoice text.</summary>
    public static string EnglishInvoice(
        string date = "March 15, 2026",
        string total = "USD 10,000.00",
        string number = "INV-2026-0042",
        string issuer = "Contoso Events LLC",
        string taxId = "EIN: 12-3456789") => $"""
        {issuer}
        1 Microsoft Way, Redmond, WA
        {taxId}
        INVOICE
        Invoice #: {number}
        Invoice date: {date}
        Due date: April 14, 2026
        Bill to:
        Parceira Exemplo Tecnologia Ltda
        Description                 Qty     Amount
        Seminar venue and catering   1      {total}
        Subtotal {total}
        Grand total {total}
        """;
}
