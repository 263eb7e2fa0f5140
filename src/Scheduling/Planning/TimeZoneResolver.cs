using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The same zone, read through <paramref name="context"/> (the connection of the claim change being planned)
    /// instead of a connection of its own; only the conversation's time zone column is read.</summary>
    public async Task<TimeZoneInfo> ResolveAsync(ClaimsDbContext context, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Resolve(tenantId, await UserZone.For(context)(context, tenantId, userObjectId, cancellationToken), options.Value);
    }

    private static readonly CompiledQuery<Func<ClaimsDbContext, string, string, CancellationToken, Task<string?>>> UserZone = new(() => EF.CompileAsyncQuery(
        (ClaimsDbContext context, string tenantId, string userObjectId, CancellationToken _) => context.ConversationReferences
            .Where(r => r.TenantId == tenantId && r.UserAadObjectId == userObjectId).Select(r => r.TimeZone).FirstOrDefault()));

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
