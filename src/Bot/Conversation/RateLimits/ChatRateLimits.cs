using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.RateLimiting;
using CoopAssistant.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.RateLimits;

/// <summary>
/// The chat's rate limits (issue 19, item 3): a fixed window per user (tenant + Entra object id, or the channel account id) then
/// one per tenant (<see cref="LazyWindowLimiter"/>s: a window moves on when its key is used, no timer per user), applied to messages and
/// invokes after the adapter has authenticated and parsed the activity. A refused turn is answered 429 with Retry-After by the
/// adapter; a refused message also gets the <see cref="SlowDownCard"/> in the user's language, once per window.
/// </summary>
public sealed partial class ChatRateLimits : ITurnAdmission, IDisposable
{
    private readonly LazyWindowLimiter _perUser;
    private readonly LazyWindowLimiter _perTenant;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly ILogger<ChatRateLimits> _logger;

    // When each user's "slow down" card may next be sent: one card per window, not one per refused message. Entries past their
    // time are dropped as new ones are added, so the map holds at most the users refused within one window.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _noticeUntil = new(StringComparer.Ordinal);

    public ChatRateLimits(IOptions<ChatRateLimitOptions> options, TimeProvider time, ILogger<ChatRateLimits> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _time = time;
        _logger = logger;
        _window = limits.ChatWindow;
        _perUser = new LazyWindowLimiter([(limits.ChatTurnsPerUser, _window, 1)], queueLimit: 0, time);
        _perTenant = new LazyWindowLimiter([(limits.ChatTurnsPerTenant, _window, 1)], queueLimit: 0, time);
    }

    public ValueTask<TurnRefusal?> AdmitAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var isMessage = string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase);
        if (!isMessage && !string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult<TurnRefusal?>(null);
        }

        // The user's window first, then the tenant's (a user past their own limit spends none of the tenant's permits).
        using var userLease = _perUser.AttemptAcquire(UserKey(activity));
        using var lease = userLease.IsAcquired ? _perTenant.AttemptAcquire(TenantKey(activity)) : userLease;
        if (lease.IsAcquired)
        {
            return ValueTask.FromResult<TurnRefusal?>(null);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : _window;
        LogRefused(_logger, TenantKey(activity), activity.Type);
        return RefuseAsync(turn, isMessage, retryAfter);
    }

    private async ValueTask<TurnRefusal?> RefuseAsync(TurnContext turn, bool isMessage, TimeSpan retryAfter)
    {
        if (isMessage && TryBeginNotice(UserKey(turn.Activity), retryAfter))
        {
            try
            {
                await turn.SendAsync(SlowDownCard.Create(turn.Culture, retryAfter).ToActivity());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogNoticeFailed(_logger, exception);
            }
        }

        return new TurnRefusal("Too many messages from this user or tenant; retry after the Retry-After interval.", retryAfter);
    }

    private bool TryBeginNotice(string user, TimeSpan retryAfter)
    {
        var now = _time.GetUtcNow();
        if (_noticeUntil.TryGetValue(user, out var until) && until > now)
        {
            return false;
        }

        foreach (var expired in _noticeUntil.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            _noticeUntil.TryRemove(expired, out _);
        }

        _noticeUntil[user] = now + retryAfter;
        return true;
    }

    private static string TenantKey(Activity activity) => activity.TenantId ?? "-";

    private static string UserKey(Activity activity) =>
        TenantKey(activity) + "/" + (activity.From?.AadObjectId ?? activity.From?.Id ?? "-");

    public void Dispose()
    {
        _perUser.Dispose();
        _perTenant.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat turn refused by the rate limits (tenant {Tenant}, {Type}).")]
    private static partial void LogRefused(ILogger logger, string tenant, string? type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The slow-down card could not be sent.")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception);
}
