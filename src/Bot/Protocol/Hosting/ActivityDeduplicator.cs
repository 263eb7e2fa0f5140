using CoopAssistant.Bot.Protocol.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Protocol.Hosting;

/// <summary>
/// Drops a redelivered activity (same channel, conversation and id within the window). Per host: a
/// redelivery that reaches another host is harmless because every handler is idempotent on the stored data.
/// </summary>
public sealed class ActivityDeduplicator(IOptions<BotFrameworkOptions> options) : IDisposable
{
    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    /// <summary>True the first time an activity is seen; false for a redelivery.</summary>
    public bool TryBegin(string? channelId, string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        var key = string.Concat(channelId, "\n", conversationId, "\n", activityId);
        var fresh = false;
        _seen.GetOrCreate(key, entry =>
        {
            fresh = true;
            entry.AbsoluteExpirationRelativeToNow = options.Value.DeduplicationWindow;
            entry.Size = 1;
            return true;
        });
        return fresh;
    }

    /// <summary>Forgets an activity whose processing failed, so the channel's retry is processed.</summary>
    public void Forget(string? channelId, string? conversationId, string? activityId) =>
        _seen.Remove(string.Concat(channelId, "\n", conversationId, "\n", activityId));

    /// <summary>True the first time a failure notice is due for an activity: a channel retry that fails again gets no
    /// second notice. Not cleared by <see cref="Forget"/>.</summary>
    public bool TryBeginFailureNotice(string? channelId, string? conversationId, string? activityId) =>
        TryBegin(channelId, conversationId, activityId is null ? null : "notice:" + activityId);

    /// <summary>Withdraws a notice that could not be sent, so a retry may send it.</summary>
    public void ForgetFailureNotice(string? channelId, string? conversationId, string? activityId) =>
        Forget(channelId, conversationId, "notice:" + activityId);

    public void Dispose() => _seen.Dispose();
}
