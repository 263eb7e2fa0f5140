namespace CoopAssistant.Claims.Partner;

/// <summary>The partner's own identity in the caller's tenant, as set by administrators; <see cref="CanEdit"/> for administrators.</summary>
public sealed record PartnerIdentityView(IReadOnlyList<string> LegalNames, IReadOnlyList<string> TaxIds, bool CanEdit, DateTimeOffset? UpdatedAt);
