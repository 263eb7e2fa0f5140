using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.AddIn.Evidence;

/// <summary>The answer of a successful attach (201): the new evidence item and the claim's new version.</summary>
public sealed record AttachedEvidence(Guid ClaimId, long Version, EvidenceView Evidence);
