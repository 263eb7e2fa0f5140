namespace CoopAssistant.Claims.Colleagues;

/// <summary>Requests to colleagues, always within one tenant.</summary>
public interface IColleagueRequestStore
{
    Task<ColleagueRequest> AddAsync(ColleagueRequest request, CancellationToken cancellationToken);

    Task<ColleagueRequest?> FindAsync(string tenantId, Guid id, CancellationToken cancellationToken);

    /// <summary>The colleague's open requests, oldest first (the one a file dropped in their chat answers is the oldest).</summary>
    Task<IReadOnlyList<ColleagueRequest>> OpenForColleagueAsync(string tenantId, string colleagueObjectId, CancellationToken cancellationToken);

    /// <summary>A claim's requests, newest first.</summary>
    Task<IReadOnlyList<ColleagueRequest>> ForClaimAsync(string tenantId, Guid claimId, CancellationToken cancellationToken);

    /// <summary>Closes an open request with <paramref name="status"/>; false when it was not open any more (answered or cancelled first).</summary>
    Task<bool> CloseAsync(string tenantId, Guid id, string status, string? answer, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The people of a tenant the app knows by name without a directory (local mode): every claim's owner, by name.</summary>
    Task<IReadOnlyList<KnownPerson>> KnownPeopleAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Open requests created before <paramref name="createdBefore"/> (due for a follow-up check), across tenants, oldest first.</summary>
    Task<IReadOnlyList<ColleagueRequest>> OpenAcrossTenantsAsync(DateTimeOffset createdBefore, int max, CancellationToken cancellationToken);

    /// <summary>Claims the next follow-up of an open request that has had <paramref name="followUps"/> so far; false when it is not
    /// open any more or another run claimed it first.</summary>
    Task<bool> CountFollowUpAsync(string tenantId, Guid id, int followUps, CancellationToken cancellationToken);
}

/// <summary>A person of the tenant: Entra object id and display name.</summary>
public sealed record KnownPerson(string ObjectId, string Name);
