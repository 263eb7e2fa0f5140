using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Colleagues;

internal sealed class ColleagueRequestStore(ClaimsDatabase database) : IColleagueRequestStore
{
    public async Task<ColleagueRequest> AddAsync(ColleagueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var context = database.ForTenant(request.TenantId);
        var row = new ColleagueRequestEntity
        {
            Id = request.Id,
            TenantId = request.TenantId,
            ClaimId = request.ClaimId,
            OwnerObjectId = request.OwnerObjectId,
            OwnerName = request.OwnerName,
            ColleagueObjectId = request.ColleagueObjectId,
            ColleagueName = request.ColleagueName,
            Item = request.Item,
            Note = request.Note,
            Status = ColleagueRequestStatus.Open,
            Due = request.Due,
            CreatedAt = request.CreatedAt,
            OwnerCardServiceUrl = request.OwnerCard?.ServiceUrl,
            OwnerCardConversationId = request.OwnerCard?.ConversationId,
            OwnerCardActivityId = request.OwnerCard?.ActivityId,
        };
        context.ColleagueRequests.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return ColleagueRequest.From(row);
    }

    public async Task<ColleagueRequest?> FindAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        var row = await context.ColleagueRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : ColleagueRequest.From(row);
    }

    public async Task<IReadOnlyList<ColleagueRequest>> OpenForColleagueAsync(string tenantId, string colleagueObjectId, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        var rows = await context.ColleagueRequests.AsNoTracking()
            .Where(r => r.ColleagueObjectId == colleagueObjectId && r.Status == ColleagueRequestStatus.Open)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(ColleagueRequest.From)];
    }

    public async Task<IReadOnlyList<ColleagueRequest>> ForClaimAsync(string tenantId, Guid claimId, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        var rows = await context.ColleagueRequests.AsNoTracking().Where(r => r.ClaimId == claimId).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt).Select(ColleagueRequest.From)];
    }

    public async Task<bool> CloseAsync(string tenantId, Guid id, string status, string? answer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        return await context.ColleagueRequests.Where(r => r.Id == id && r.Status == ColleagueRequestStatus.Open)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status).SetProperty(r => r.Answer, answer).SetProperty(r => r.AnsweredAt, at), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<KnownPerson>> KnownPeopleAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        var owners = await context.Claims.AsNoTracking().Select(c => new { c.OwnerObjectId, c.OwnerDisplayName }).Distinct().Take(5000).ToListAsync(cancellationToken);
        return [.. owners.Where(o => !string.IsNullOrWhiteSpace(o.OwnerDisplayName)).GroupBy(o => o.OwnerObjectId, StringComparer.Ordinal)
            .Select(g => new KnownPerson(g.Key, g.First().OwnerDisplayName!)).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<ColleagueRequest>> OpenAcrossTenantsAsync(DateTimeOffset createdBefore, int max, CancellationToken cancellationToken)
    {
        await using var context = database.ForSystem();
        var rows = await context.ColleagueRequests.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == ColleagueRequestStatus.Open).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.CreatedAt < createdBefore).OrderBy(r => r.CreatedAt).Take(max).Select(ColleagueRequest.From)];
    }

    public async Task<bool> CountFollowUpAsync(string tenantId, Guid id, int followUps, CancellationToken cancellationToken)
    {
        await using var context = database.ForTenant(tenantId);
        return await context.ColleagueRequests.Where(r => r.Id == id && r.Status == ColleagueRequestStatus.Open && r.FollowUps == followUps)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.FollowUps, r => r.FollowUps + 1), cancellationToken) == 1;
    }
}
