using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Rules;

/// <summary>Why a status change was refused. <see cref="MissingEvidence"/> is filled for <see cref="ClaimErrorCode.ChecklistIncomplete"/>.</summary>
public sealed record TransitionError(ClaimStatus From, ClaimStatus To, ClaimErrorCode Code, IReadOnlyList<EvidenceKind> MissingEvidence);
