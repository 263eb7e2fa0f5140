using CoopAssistant.Bot.AddIn.Evidence;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.AddIn.Claims;

/// <summary>The answer of <c>GET /api/addin/claims/{id}</c>: the claim's facts, its evidence by id (<see cref="AddInEvidence"/>: where
/// the host keeps a copy never leaves it) and its documentation requests.</summary>
public sealed record AddInClaimDetail(
    Guid Id,
    string? OwnerDisplayName,
    ClaimProgram Program,
    ActivityType ActivityType,
    string Title,
    DateOnly UsageStart,
    DateOnly UsageEnd,
    DateOnly ActivityDate,
    decimal Amount,
    string Currency,
    bool VendorsUsed,
    bool InHouseWork,
    ClaimStatus Status,
    DateOnly Deadline,
    DateOnly RetentionEnd,
    DateOnly UrgencyDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    IReadOnlyList<AddInEvidence> Evidence,
    IReadOnlyList<DocumentationRequestView> DocumentationRequests)
{
    public static AddInClaimDetail From(ClaimView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Id, c.OwnerDisplayName, c.Program, c.ActivityType, c.Title, c.UsageStart, c.UsageEnd, c.ActivityDate, c.Amount, c.Currency,
            c.VendorsUsed, c.InHouseWork, c.Status, c.Deadline, c.RetentionEnd, c.UrgencyDate, c.CreatedAt, c.UpdatedAt, c.Version,
            [.. c.Evidence.Select(AddInEvidence.From)], c.DocumentationRequests);
    }
}
