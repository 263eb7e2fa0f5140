using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Partner;

/// <summary>One of the partner's own legal names or tax ids in a tenant (storage entity, table <c>PartnerIdentities</c>), set by
/// Incentives administrators: an invoice issued under one of them is the partner's own, not a third party's.</summary>
public sealed class PartnerIdentityEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public PartnerIdentityKind Kind { get; set; }

    /// <summary>As the administrator typed it (trimmed), for display.</summary>
    public required string Value { get; set; }

    /// <summary>For comparison and uniqueness: a tax id in capitals with letters and digits only; a name folded (case, accents, spaces).</summary>
    public required string Normalized { get; set; }

    public required string UpdatedByObjectId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum PartnerIdentityKind
{
    LegalName = 0,
    TaxId = 1,
}
