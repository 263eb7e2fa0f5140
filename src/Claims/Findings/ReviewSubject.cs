using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Claims.Findings;

/// <summary>What a review run starts from: the claim as it is now (with its evidence and its stored review), the fingerprint of
/// its inputs, and the acceptances on record.</summary>
public sealed record ReviewSubject(ClaimView Claim, string Inputs, string? ReviewedInputs, string? ReviewedIdentity, IReadOnlyList<FindingAcceptance> Acceptances);
