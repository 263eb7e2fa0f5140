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
    DateTimeOffset? AnsweredAt)
{
    public bool IsOpen => Status == ColleagueRequestStatus.Open;

    internal static ColleagueRequest From(ColleagueRequestEntity e) => new(
        e.Id, e.TenantId, e.ClaimId, e.OwnerObjectId, e.OwnerName, e.ColleagueObjectId, e.ColleagueName, e.Item, e.Note, e.Status, e.Due, e.Answer,
        e.FollowUps, e.CreatedAt, e.AnsweredAt);
}
