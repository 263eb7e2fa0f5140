using System.Text.Json;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Claims.Conversations;
using Microsoft.Extensions.Caching.Memory;

namespace CoopAssistant.Bot.Conversation;

/// <summary>
/// Keeps each user's 1:1 conversation reference (for proactive messages) current in the database,
/// writing only when something changed: the last stored value is remembered, so an ordinary turn costs no write.
/// </summary>
public sealed class ConversationReferenceTracker(IConversationReferenceStore store, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    public async Task TrackAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var tenant = activity.TenantId;
        var user = activity.From;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        if (!personal || tenant is null || user?.AadObjectId is null || user.Id is null || activity.Recipient?.Id is null)
        {
            return;
        }

        // The ordinary turn: the remembered reference still matches, compared field by field without building a new one.
        var key = "convref:" + tenant + "|" + user.AadObjectId;
        var locale = activity.Locale ?? ClientInfo(activity, "locale");
        var timeZone = activity.LocalTimezone ?? ClientInfo(activity, "timezone");
        if (cache.TryGetValue(key, out ConversationReferenceRecord? known) && Matches(known, activity, locale, timeZone))
        {
            return;
        }

        var reference = new ConversationReferenceRecord(
            tenant,
            user.AadObjectId,
            user.Id,
            activity.Conversation!.Id!,
            activity.ServiceUrl!,
            activity.Recipient.Id,
            activity.ChannelId ?? "msteams",
            locale,
            timeZone,
            time.GetUtcNow());
        known ??= await store.FindAsync(reference.TenantId, reference.UserAadObjectId, turn.CancellationToken);
        if (!Matches(known, activity, locale, timeZone))
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

    private static string? ClientInfo(Protocol.Schema.Activity activity, string property) =>
        activity.Entities?
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "clientInfo")
            .Select(e => e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null)
            .FirstOrDefault(v => v is not null);

    /// <summary>True when <paramref name="known"/> is what this activity would store (its time aside).</summary>
    private static bool Matches(ConversationReferenceRecord? known, Protocol.Schema.Activity activity, string? locale, string? timeZone) =>
        known is not null
        && known.TenantId == activity.TenantId
        && known.UserAadObjectId == activity.From!.AadObjectId
        && known.UserId == activity.From!.Id
        && known.ConversationId == activity.Conversation!.Id
        && known.ServiceUrl == activity.ServiceUrl
        && known.BotId == activity.Recipient!.Id
        && known.ChannelId == (activity.ChannelId ?? "msteams")
        && known.Locale == locale
        && known.TimeZone == timeZone;
}
