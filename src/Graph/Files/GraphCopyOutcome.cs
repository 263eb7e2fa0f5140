using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Files;

/// <summary>Result of one asynchronous copy: the new item, or why it failed.</summary>
public sealed record GraphCopyOutcome(string? DriveId, string? ItemId, EvidenceErrorCode? Error)
{
    public bool Succeeded => Error is null;
}
