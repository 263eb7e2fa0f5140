namespace CoopAssistant.Claims.Review;

/// <summary>The partner's own identity in one tenant, set by administrators: its legal names and tax ids (CNPJ, VAT,
/// EIN...). An invoice issued under one of these is the partner's own, not a third party's.</summary>
public sealed record PartnerIdentity(IReadOnlyList<string> LegalNames, IReadOnlyList<string> TaxIds)
{
    public static readonly PartnerIdentity Unknown = new([], []);
}
