namespace CoopAssistant.Bot.AddIn.Claims;

/// <summary>The answer of <c>GET /api/addin/claims</c>: the caller's open claims (most urgent first) and the evidence kinds, localised.</summary>
public sealed record AddInClaimList(string? DisplayName, IReadOnlyList<AddInClaim> Claims, IReadOnlyList<AddInEvidenceKind> EvidenceKinds);

public sealed record AddInEvidenceKind(string Kind, string Text);
