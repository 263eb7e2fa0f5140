using CoopAssistant.Claims.Conversations;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Rules;

/// <summary>
/// The one "today" of every surface (chat, tab, add-in, digest, funds, reminders): the calendar date in the person's time zone
/// (Teams' <c>localTimezone</c>, as the last turn stored it), else the tenant's default zone, else the configured default
/// (<see cref="ClaimClockOptions"/>), else UTC. Days left are counted from that date (<see cref="ClaimDates.DaysLeft"/>).
/// </summary>
public sealed class ClaimClock(TimeProvider time, IOptions<ClaimClockOptions> options, IConversationReferenceStore conversations)
{
    public TimeProvider Time => time;

    /// <summary>The zone for a person whose own zone is <paramref name="personZone"/> (null or unknown: the tenant's, then the default).</summary>
    public TimeZoneInfo Zone(string tenantId, string? personZone) => ResolveZone(tenantId, personZone, options.Value);

    /// <summary>The zone of a person, read from the conversation the bot keeps for them.</summary>
    public async Task<TimeZoneInfo> ZoneAsync(string tenantId, string? userObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        var conversation = string.IsNullOrEmpty(userObjectId) ? null : await conversations.FindAsync(tenantId, userObjectId, cancellationToken);
        return Zone(tenantId, conversation?.TimeZone);
    }

    /// <summary>Today's date in <paramref name="zone"/>.</summary>
    public DateOnly Today(TimeZoneInfo zone) => ClaimDates.Today(time, zone);

    /// <summary>Today's date for a person (see <see cref="ZoneAsync"/>).</summary>
    public async Task<DateOnly> TodayAsync(string tenantId, string? userObjectId, CancellationToken cancellationToken) =>
        Today(await ZoneAsync(tenantId, userObjectId, cancellationToken));

    /// <summary>The rule itself: the person's zone, then the tenant default, then the configured default, then UTC.</summary>
    public static TimeZoneInfo ResolveZone(string tenantId, string? personZone, ClaimClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Find(personZone)
            ?? (tenantId is not null && options.TenantTimeZones.TryGetValue(tenantId, out var tenantZone) ? Find(tenantZone) : null)
            ?? Find(options.DefaultTimeZone)
            ?? TimeZoneInfo.Utc;
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
