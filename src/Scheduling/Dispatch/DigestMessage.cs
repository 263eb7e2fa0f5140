namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>The administrators' weekly digest for one administrator of a tenant: expiring claims, open documentation requests, and
/// the unclaimed funds per program and currency with their next claim deadline.</summary>
public sealed record DigestMessage(
    string IdempotencyKey, string TenantId, string AdministratorObjectId, IReadOnlyList<DigestClaim> ExpiringClaims, IReadOnlyList<DigestRequest> OpenRequests,
    IReadOnlyList<CoopAssistant.Claims.Funds.FundTotals>? UnclaimedFunds = null);

public sealed record DigestClaim(Guid ClaimId, string Title, string? OwnerDisplayName, DateOnly Deadline);

/// <param name="AssumedDays">Null when the person entered the respond-by date; else the days the default assumed.</param>
public sealed record DigestRequest(Guid ClaimId, string Title, string WhatWasAsked, DateOnly RespondBy, int? AssumedDays = null);
