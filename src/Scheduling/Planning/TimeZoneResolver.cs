using CoopAssistant.Claims.Conversations;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Scheduling.Planning;

/// <summary>The owner's time zone: the Teams conversation's <c>localTimezone</c>, else the tenant default, else the global default.</summary>
public sealed class TimeZoneResolver(IConversationReferenceStore conversations, IOptions<ReminderOptions> options)
{
    public async Task<(TimeZoneInfo Zone, ConversationReferenceRecord? Conversation)> ResolveAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var conversation = await conversations.FindAsync(tenantId, userObjectId, cancellationToken);
        return (Resolve(tenantId, conversation?.TimeZone, options.Value), conversation);
    }

    public static TimeZoneInfo Resolve(string tenantId, string? userZone, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Find(userZone)
            ?? (options.TenantTimeZones.TryGetValue(tenantId, out var tenantZone) ? Find(tenantZone) : null)
            ?? Find(options.DefaultTimeZone)
            ?? TimeZoneInfo.Utc;
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
