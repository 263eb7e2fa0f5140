namespace CoopAssistant.Claims.Services;

/// <summary>System jobs over all tenants (for the scheduler; not reachable from user requests).</summary>
public interface IClaimMaintenance
{
    /// <summary>Marks every draft or ready claim whose deadline is before <paramref name="today"/> as expired (bumping its version);
    /// returns how many changed. Pass the earliest "today" of the zones you serve (e.g. UTC−12) so no user loses a day.</summary>
    Task<int> ExpireOverdueAsync(DateOnly today, CancellationToken cancellationToken);
}
