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

    /// <summary>Counts one follow-up sent for an open request; false when it is not open any more.</summary>
    Task<bool> CountFollowUpAsync(string tenantId, Guid id, CancellationToken cancellationToken);
}
