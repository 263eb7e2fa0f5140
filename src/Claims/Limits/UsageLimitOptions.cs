using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Claims.Limits;

/// <summary>How much one user and one tenant may create and upload (section <c>RateLimits</c>, beside the chat's and the browser
/// APIs' request limits; docs/configuration.md). Windows are calendar windows in UTC: claims per day reset at 00:00 UTC,
/// evidence bytes per hour at the top of each hour.</summary>
public sealed class UsageLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Claims one user may create per UTC day.</summary>
    [Range(1, 100_000)]
    public int ClaimsPerUserPerDay { get; set; } = 50;

    /// <summary>Claims all users of one tenant may create per UTC day.</summary>
    [Range(1, 1_000_000)]
    public int ClaimsPerTenantPerDay { get; set; } = 1_000;

    /// <summary>Evidence bytes one user may upload per UTC hour (counted in whole KiB as the bytes arrive).</summary>
    [Range(1_024L, 1_099_511_627_776L)]
    public long EvidenceBytesPerUserPerHour { get; set; } = 500L * 1024 * 1024;

    /// <summary>Evidence bytes all users of one tenant may upload per UTC hour.</summary>
    [Range(1_024L, 1_099_511_627_776L)]
    public long EvidenceBytesPerTenantPerHour { get; set; } = 5L * 1024 * 1024 * 1024;
}
