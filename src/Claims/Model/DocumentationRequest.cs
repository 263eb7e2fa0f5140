namespace CoopAssistant.Claims.Model;

/// <summary>Partner Center asked for additional documentation (storage entity).</summary>
public sealed class DocumentationRequest : IClaimPart
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public DateOnly RequestedOn { get; set; }

    public DateOnly RespondBy { get; set; }

    public required string WhatWasAsked { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public string Describe() => WhatWasAsked;
}
