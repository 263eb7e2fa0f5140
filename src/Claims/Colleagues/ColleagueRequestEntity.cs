using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Colleagues;

/// <summary>A claim owner's (or administrator's) request to a colleague for one checklist item (storage entity, table
/// <c>ColleagueRequests</c>). The colleague is of the same tenant; <see cref="Status"/> is one of <see cref="ColleagueRequestStatus"/>.</summary>
public sealed class ColleagueRequestEntity : ITenantOwned
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ClaimId { get; set; }

    public required string OwnerObjectId { get; set; }

    public required string OwnerName { get; set; }

    public required string ColleagueObjectId { get; set; }

    public required string ColleagueName { get; set; }

    /// <summary>The checklist item asked for (an <see cref="EvidenceKind"/> name).</summary>
    public required string Item { get; set; }

    public string? Note { get; set; }

    public required string Status { get; set; }

    public DateOnly Due { get; set; }

    /// <summary>Why the colleague does not have it ("I don't have it"), or whom they suggest ("ask someone else").</summary>
    public string? Answer { get; set; }

    public int FollowUps { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The owner's claim card the request was made from (the message updated in place when the colleague's file lands):
    /// the service URL and conversation of the owner's chat and the message's activity id; null when not known (an older client's
    /// <c>Action.Submit</c>, or a typed "ask someone").</summary>
    public string? OwnerCardServiceUrl { get; set; }

    public string? OwnerCardConversationId { get; set; }

    public string? OwnerCardActivityId { get; set; }
}
