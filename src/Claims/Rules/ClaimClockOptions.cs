using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Claims.Rules;

/// <summary>The time zones "today" falls back to (section <c>Reminders</c>, where these settings have always lived): a tenant's
/// default, then the global default. See <see cref="ClaimClock"/>.</summary>
public sealed class ClaimClockOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Time zone (IANA or Windows id) used when neither the person nor the tenant has one.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Per-tenant default time zones, by tenant id.</summary>
    public IDictionary<string, string> TenantTimeZones { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
