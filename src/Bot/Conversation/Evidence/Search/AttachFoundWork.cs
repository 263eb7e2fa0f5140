using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// Background work: OneDrive/SharePoint files chosen on the results card, copied into the claim's evidence folder (Graph's
/// asynchronous copy, polled up to <c>Graph:CopyTimeout</c>) and recorded on the claim, with the clicked card
/// (<see cref="CardActivityId"/>) updated in place as copies finish. With <see cref="ColleagueRequestId"/> the files are a colleague's
/// answer to a request, picked from their own OneDrive/SharePoint: recorded on the request's claim as its owner asked, and the colleague
/// sees a thank-you, not the claim.
/// </summary>
public sealed record AttachFoundWork(
    ConversationAddress Address,
    string? CardActivityId,
    Guid ClaimId,
    EvidenceKind Kind,
    DateTimeOffset QueuedAt,
    IReadOnlyList<FoundFileEntry> Files,
    Guid? ColleagueRequestId = null)
{
    public static readonly BackgroundWorkKind<AttachFoundWork> WorkKind = new("evidence.attachFound", EvidenceWorkJsonContext.Default.AttachFoundWork);
}

/// <summary>One chosen file and what became of it (<see cref="Done"/> once recorded or refused).</summary>
public sealed record FoundFileEntry(
    string DriveId,
    string ItemId,
    EvidenceSource Source,
    bool Done = false,
    bool Recorded = false,
    string? Name = null,
    EvidenceErrorCode? Error = null,
    ClaimErrorCode? ClaimError = null);
