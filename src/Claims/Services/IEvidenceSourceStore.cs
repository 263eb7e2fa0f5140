using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

/// <summary>Keeps the result of checking evidence sources (eTags) on the evidence items, so the claim card can show it without
/// asking Graph on every render. Not a claim change: the claim's version stays as it is.</summary>
public interface IEvidenceSourceStore
{
    Task RecordAsync(string tenantId, Guid claimId, IReadOnlyList<EvidenceSourceResult> results, DateTimeOffset checkedAt, CancellationToken cancellationToken);
}

/// <summary>The state found for one evidence item.</summary>
public sealed record EvidenceSourceResult(Guid EvidenceId, EvidenceSourceState State);
