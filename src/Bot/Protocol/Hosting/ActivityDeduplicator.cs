using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Bot.Protocol.Authentication;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Protocol.Hosting;

/// <summary>
/// Drops a redelivered activity (same channel, conversation and id within the window). A per-host <see cref="RecentKeySet"/> answers
/// redeliveries to the same host at no cost; with shared state on (<see cref="ScaleOutOptions.SharedState"/>, the default on
/// PostgreSQL) every new activity is also claimed in the database, so a redelivery to another host is dropped too, and a
/// redelivery whose first host died mid-turn is taken over once <see cref="ScaleOutOptions.ProcessingLease"/> has passed.
/// </summary>
public sealed partial class ActivityDeduplicator(
    IOptions<BotFrameworkOptions> options,
    IOptions<ScaleOutOptions> scaleOut,
    ClaimsDatabase database,
    IProcessedActivityStore store,
    TimeProvider time,
    ILogger<ActivityDeduplicator> logger)
{
    /// <summary>Activities remembered per generation of this host's set (two generations, 28 bytes each): about 14 MB at most.</summary>
    private const int Capacity = 250_000;

    private readonly RecentKeySet _seen = new(options.Value.DeduplicationWindow, Capacity, time);
    private readonly bool _shared = scaleOut.Value.UsesDatabase(database.Provider);

    /// <summary>Begun the first time an activity is seen; Done for a redelivery of a processed (or, on this host,
    /// in-progress) activity; InProgress when another host is processing it.</summary>
    public async Task<ActivityClaim> TryBeginAsync(string? channelId, string? conversationId, string? activityId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return ActivityClaim.Begun;
        }

        var key = Key(channelId, conversationId, activityId);
        var fresh = Remember(key);
        if (!fresh || !_shared)
        {
            return fresh ? ActivityClaim.Begun : ActivityClaim.Done;
        }

        ActivityClaim claim;
        try
        {
            claim = await store.TryBeginAsync(StoreKey(key), time.GetUtcNow(), scaleOut.Value.ProcessingLease, options.Value.DeduplicationWindow, cancellationToken);
        }
        catch
        {
            _seen.Remove(key);
            throw;
        }

        if (claim == ActivityClaim.InProgress)
        {
            // Ask the database again next time: the other host may die, and its lease expire.
            _seen.Remove(key);
        }

        return claim;
    }

    /// <summary>Records a successful turn (shared state only; the memory entry already says "seen"). Never throws: the turn
    /// was answered, and an unmarked row only means a redelivery after the processing lease would be processed again.</summary>
    public async Task CompleteAsync(string? channelId, string? conversationId, string? activityId)
    {
        if (_shared && !string.IsNullOrEmpty(activityId))
        {
            await SafelyAsync(activityId, store.CompleteAsync(StoreKey(Key(channelId, conversationId, activityId)), time.GetUtcNow(), options.Value.DeduplicationWindow, CancellationToken.None));
        }
    }

    /// <summary>Forgets an activity whose processing failed, so the channel's retry is processed (on any host).</summary>
    public async Task ForgetAsync(string? channelId, string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return;
        }

        var key = Key(channelId, conversationId, activityId);
        _seen.Remove(key);
        if (_shared)
        {
            // If this fails the row waits for its processing lease, then the channel's retry takes it over.
            await SafelyAsync(activityId, store.ForgetAsync(StoreKey(key), CancellationToken.None));
        }
    }

    /// <summary>True the first time a failure notice is due for an activity: a channel retry that fails again gets no
    /// second notice. Not cleared by <see cref="ForgetAsync"/>.</summary>
    public bool TryBeginFailureNotice(string? channelId, string? conversationId, string? activityId) =>
        string.IsNullOrEmpty(activityId) || Remember(Key(channelId, conversationId, "notice:" + activityId));

    /// <summary>Withdraws a notice that could not be sent, so a retry may send it.</summary>
    public void ForgetFailureNotice(string? channelId, string? conversationId, string? activityId) =>
        _seen.Remove(Key(channelId, conversationId, "notice:" + activityId));

    /// <summary>Adds <paramref name="key"/> to this host's set for the window; true when it was not there.</summary>
    private bool Remember(string key) => _seen.TryAdd(key);

    /// <summary>The shared table's key for an activity.</summary>
    internal static string StoreKey(string? channelId, string? conversationId, string activityId) => StoreKey(Key(channelId, conversationId, activityId));

    private static string Key(string? channelId, string? conversationId, string activityId) =>
        string.Concat(channelId, "\n", conversationId, "\n", activityId);

    private async Task SafelyAsync(string activityId, Task write)
    {
        try
        {
            await write;
        }
#pragma warning disable CA1031 // Best effort: see the callers.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogWriteFailed(exception, activityId);
        }
    }

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Could not record the state of activity {ActivityId} in the shared de-duplication table")]
    private partial void LogWriteFailed(Exception exception, string activityId);

    private static string StoreKey(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
