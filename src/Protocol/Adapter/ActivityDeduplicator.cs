using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// Drops a redelivered activity (same channel, conversation and id within the window). A per-host <see cref="RecentKeySet"/> answers
/// redeliveries to the same host at no cost; with a shared <see cref="IActivityDeduplicationStore"/> (the app registers one when
/// several hosts share state) every new activity is also claimed there, so a redelivery to another host is dropped too, and a
/// redelivery whose first host died mid-turn is taken over once the store's processing lease has passed.
/// </summary>
public sealed partial class ActivityDeduplicator(
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<ActivityDeduplicator> logger,
    IActivityDeduplicationStore? shared = null)
{
    /// <summary>Activities remembered per generation of this host's set (two generations, 28 bytes each): about 14 MB at most.</summary>
    private const int Capacity = 250_000;

    private readonly RecentKeySet _seen = new(options.Value.DeduplicationWindow, Capacity, time);
    private readonly bool _shared = shared is not null;

    /// <summary>Begun the first time an activity is seen; Done for a redelivery of a processed (or, on this host,
    /// in-progress) activity; InProgress when another host is processing it.</summary>
    public async Task<ActivityClaim> TryBeginAsync(string? channelId, string? conversationId, string? activityId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return ActivityClaim.Begun;
        }

        var key = KeyOf(channelId, conversationId, activityId, _shared);
        var fresh = _seen.TryAdd(key.Recent);
        if (!fresh || !_shared)
        {
            return fresh ? ActivityClaim.Begun : ActivityClaim.Done;
        }

        ActivityClaim claim;
        try
        {
            claim = await shared!.TryBeginAsync(key.Stored!, time.GetUtcNow(), options.Value.DeduplicationWindow, cancellationToken);
        }
        catch
        {
            _seen.Remove(key.Recent);
            throw;
        }

        if (claim == ActivityClaim.InProgress)
        {
            // Ask the database again next time: the other host may die, and its lease expire.
            _seen.Remove(key.Recent);
        }

        return claim;
    }

    /// <summary>Records a successful turn (shared state only; the memory entry already says "seen"). Never throws: the turn
    /// was answered, and an unmarked row only means a redelivery after the processing lease would be processed again.</summary>
    public async Task CompleteAsync(string? channelId, string? conversationId, string? activityId)
    {
        if (_shared && !string.IsNullOrEmpty(activityId))
        {
            await SafelyAsync(activityId, shared!.CompleteAsync(StoreKey(channelId, conversationId, activityId), time.GetUtcNow(), options.Value.DeduplicationWindow, CancellationToken.None));
        }
    }

    /// <summary>Forgets an activity whose processing failed, so the channel's retry is processed (on any host).</summary>
    public async Task ForgetAsync(string? channelId, string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return;
        }

        var key = KeyOf(channelId, conversationId, activityId, _shared);
        _seen.Remove(key.Recent);
        if (_shared)
        {
            // If this fails the row waits for its processing lease, then the channel's retry takes it over.
            await SafelyAsync(activityId, shared!.ForgetAsync(key.Stored!, CancellationToken.None));
        }
    }

    /// <summary>True the first time a failure notice is due for an activity: a channel retry that fails again gets no
    /// second notice. Not cleared by <see cref="ForgetAsync"/>.</summary>
    public bool TryBeginFailureNotice(string? channelId, string? conversationId, string? activityId) =>
        string.IsNullOrEmpty(activityId) || _seen.TryAdd(KeyOf(channelId, conversationId, "notice:" + activityId, stored: false).Recent);

    /// <summary>Withdraws a notice that could not be sent, so a retry may send it.</summary>
    public void ForgetFailureNotice(string? channelId, string? conversationId, string? activityId) =>
        _seen.Remove(KeyOf(channelId, conversationId, "notice:" + activityId, stored: false).Recent);

    /// <summary>The shared store's key for an activity.</summary>
    public static string StoreKey(string? channelId, string? conversationId, string activityId) =>
        KeyOf(channelId, conversationId, activityId, stored: true).Stored!;

    /// <summary>
    /// One SHA-256 of channel, conversation and activity id: its first 128 bits key this host's set, its hex names the
    /// shared table's row (computed only when <paramref name="stored"/>).
    /// </summary>
    private static ActivityKey KeyOf(string? channelId, string? conversationId, string activityId, bool stored)
    {
        var key = string.Concat(channelId, "\n", conversationId, "\n", activityId);
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[1024];
            var written = Encoding.UTF8.GetBytes(key, utf8);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..written], digest);
            return new ActivityKey(BinaryPrimitives.ReadUInt128LittleEndian(digest), stored ? Convert.ToHexString(digest) : null);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private readonly record struct ActivityKey(UInt128 Recent, string? Stored);

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
}
