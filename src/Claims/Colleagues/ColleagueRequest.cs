namespace CoopAssistant.Claims.Colleagues;

/// <summary>A request to a colleague for one checklist item of a claim (see <see cref="ColleagueRequestEntity"/>).</summary>
public sealed record ColleagueRequest(
    Guid Id,
    string TenantId,
    Guid ClaimId,
    string OwnerObjectId,
    string OwnerName,
    string ColleagueObjectId,
    string ColleagueName,
    string Item,
    string? Note,
    string Status,
    DateOnly Due,
    string? Answer,
    int FollowUps,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt,
    ColleagueOwnerCard? OwnerCard = null)
{
    public bool IsOpen => Status == ColleagueRequestStatus.Open;

    internal static ColleagueRequest From(ColleagueRequestEntity e) => new(
        e.Id, e.TenantId, e.ClaimId, e.OwnerObjectId, e.OwnerName, e.ColleagueObjectId, e.ColleagueName, e.Item, e.Note, e.Status, e.Due, e.Answer,
        e.FollowUps, e.CreatedAt, e.AnsweredAt,
        e is { OwnerCardServiceUrl: { } url, OwnerCardConversationId: { } conversation, OwnerCardActivityId: { } activity } ? new ColleagueOwnerCard(url, conversation, activity) : null);
}

/// <summary>The message in the owner's chat that showed the claim card the request was made from: updated in place
/// (<c>PUT /v3/conversations/{ConversationId}/activities/{ActivityId}</c> on <see cref="ServiceUrl"/>) when the colleague's file lands.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Contract: the service URL is kept exactly as the channel sent it.")]
public sealed record ColleagueOwnerCard(string ServiceUrl, string ConversationId, string ActivityId);
