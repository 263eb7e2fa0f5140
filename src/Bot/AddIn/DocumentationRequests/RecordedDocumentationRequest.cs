using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.AddIn.DocumentationRequests;

/// <summary>The answer of a recorded request (201): the request and the claim's new status and version.</summary>
public sealed record RecordedDocumentationRequest(Guid ClaimId, ClaimStatus Status, long Version, DocumentationRequestView Request);
