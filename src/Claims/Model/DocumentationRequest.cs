namespace CoopAssistant.Claims.Model;

/// <summary>Partner Center asked for additional documentation (storage entity).</summary>
public sealed class DocumentationRequest : IClaimPart
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public DateOnly RequestedOn { get; set; }

    public DateOnly RespondBy { get; set; }

    /// <summary>The person did not enter a respond-by date: <see cref="RespondBy"/> is the configured default (FACTS A: the number
    /// of days to answer is unconfirmed), and is shown as assumed.</summary>
    public bool RespondByAssumed { get; set; }

    public required string WhatWasAsked { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public string Describe() => WhatWasAsked;
}
