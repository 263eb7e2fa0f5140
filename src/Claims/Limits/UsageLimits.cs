using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Limits;

/// <summary>
/// Issue 19, item 3: claims created per UTC day and evidence bytes uploaded per UTC hour, per user and per tenant
/// (<see cref="UsageLimitOptions"/>). Claims are counted by the claim service where every claim is created; evidence bytes by
/// the evidence store as they stream in (chat files, Outlook attachments) and by the Graph copy of picked files (their size).
/// </summary>
public sealed class UsageLimits : IDisposable
{
    private const int BytesPerPermit = 1024;

    private readonly CalendarQuota _claims;
    private readonly CalendarQuota _bytes;

    public UsageLimits(IOptions<UsageLimitOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _claims = new CalendarQuota(UsageLimit.ClaimsPerDay, limits.ClaimsPerUserPerDay, limits.ClaimsPerTenantPerDay, 1, TimeSpan.FromDays(1), time);
        _bytes = new CalendarQuota(
            UsageLimit.EvidenceBytesPerHour, Permits(limits.EvidenceBytesPerUserPerHour), Permits(limits.EvidenceBytesPerTenantPerHour), BytesPerPermit,
            TimeSpan.FromHours(1), time);
    }

    /// <summary>Registers the options (section <c>RateLimits</c>, validated at start) and the one <see cref="UsageLimits"/>, once.</summary>
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(UsageLimits)))
        {
            return;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<UsageLimitOptions>().BindConfiguration(UsageLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UsageLimits>();
    }

    /// <summary>Counts one claim created by the user; null when the user's and the tenant's day both allow it.</summary>
    public UsageRefusal? TryCreateClaim(string tenantId, string userObjectId) => _claims.TryTake(tenantId, userObjectId, 1);

    /// <summary>Counts <paramref name="bytes"/> uploaded by the user (whole KiB, rounded up); null when both hours allow them.</summary>
    public UsageRefusal? TryTakeEvidenceBytes(string tenantId, string userObjectId, long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        return bytes == 0 ? null : _bytes.TryTake(tenantId, userObjectId, Permits(bytes));
    }

    private static int Permits(long bytes) => (int)Math.Min(int.MaxValue, (bytes + BytesPerPermit - 1) / BytesPerPermit);

    public void Dispose()
    {
        _claims.Dispose();
        _bytes.Dispose();
    }
}
