using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Findings;

/// <summary>What a reviewed document of a claim can be recognised by on another claim of the same tenant (storage entity, table
/// <c>ReviewedDocumentKeys</c>): the SHA-256 of its bytes and its invoice key (issuer id + number), as the last review read them.</summary>
public sealed class ReviewedDocumentKey : ITenantOwned
{
    public Guid EvidenceId { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public string? Sha256 { get; set; }

    public string? InvoiceKey { get; set; }
}
