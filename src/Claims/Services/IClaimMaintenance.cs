namespace CoopAssistant.Claims.Services;

/// <summary>System jobs over all tenants (for the scheduler; not reachable from user requests).</summary>
public interface IClaimMaintenance
{
    /// <summary>Marks every draft or ready claim whose deadline day has ended in its owner's time zone (<see cref="Rules.ClaimClock"/>)
    /// as expired (bumping its version); returns how many changed. Run hourly, so each zone's claims expire within the hour
    /// after its midnight.</summary>
    Task<int> ExpireOverdueAsync(CancellationToken cancellationToken);

    /// <summary>The same with one "today" for every claim, whatever its owner's zone (tools and tests).</summary>
    Task<int> ExpireOverdueAsync(DateOnly today, CancellationToken cancellationToken);
}
