namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>The administrators' weekly digest for one administrator of a tenant.</summary>
public sealed record DigestMessage(
    string IdempotencyKey, string TenantId, string AdministratorObjectId, IReadOnlyList<DigestClaim> ExpiringClaims, IReadOnlyList<DigestRequest> OpenRequests);

public sealed record DigestClaim(Guid ClaimId, string Title, string? OwnerDisplayName, DateOnly Deadline);

public sealed record DigestRequest(Guid ClaimId, string Title, string WhatWasAsked, DateOnly RespondBy);
