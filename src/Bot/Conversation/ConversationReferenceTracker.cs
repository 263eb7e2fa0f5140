using System.Text.Json;
using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Claims.Conversations;
using Microsoft.Extensions.Caching.Memory;

namespace CoopAssistant.Bot.Conversation;

/// <summary>
/// Keeps each user's 1:1 conversation reference (for proactive messages) current in the database,
/// writing only when something changed: the last stored value is remembered, so an ordinary turn costs no write.
/// </summary>
public sealed class ConversationReferenceTracker(IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    public async Task TrackAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reference = From(turn);
        if (reference is null)
        {
            return;
        }

        var key = "convref:" + reference.TenantId + "|" + reference.UserAadObjectId;
        if (cache.TryGetValue(key, out ConversationReferenceRecord? known) && SameExceptTime(known, reference))
        {
            return;
        }

        var store = turn.Services.GetRequiredService<IConversationReferenceStore>();
        known ??= await store.FindAsync(reference.TenantId, reference.UserAadObjectId, turn.CancellationToken);
        if (!SameExceptTime(known, reference))
        {
            await store.UpsertAsync(reference, turn.CancellationToken);
            known = reference;
        }

        cache.Set(key, known, Remember);
    }

    /// <summary>True once per conversation within a few minutes: Teams sends both install events for one install.</summary>
    public Task<bool> TryMarkWelcomedAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var key = "welcomed:" + turn.Activity.Conversation?.Id;
        var first = false;
        cache.GetOrCreate(key, entry =>
        {
            first = true;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return true;
        });
        return Task.FromResult(first);
    }

    private ConversationReferenceRecord? From(TurnContext turn)
    {
        var activity = turn.Activity;
        var tenant = activity.TenantId;
        var user = activity.From;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        if (!personal || tenant is null || user?.AadObjectId is null || user.Id is null || activity.Recipient?.Id is null)
        {
            return null;
        }

        return new ConversationReferenceRecord(
            tenant,
            user.AadObjectId,
            user.Id,
            activity.Conversation!.Id!,
            activity.ServiceUrl!,
            activity.Recipient.Id,
            activity.ChannelId ?? "msteams",
            activity.Locale ?? ClientInfo(activity, "locale"),
            activity.LocalTimezone ?? ClientInfo(activity, "timezone"),
            time.GetUtcNow());
    }

    private static string? ClientInfo(Protocol.Schema.Activity activity, string property) =>
        activity.Entities?
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "clientInfo")
            .Select(e => e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null)
            .FirstOrDefault(v => v is not null);

    private static bool SameExceptTime(ConversationReferenceRecord? a, ConversationReferenceRecord b) =>
        a is not null && a with { UpdatedAt = b.UpdatedAt } == b;
}
