using System.Collections.Concurrent;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>
/// One lock per conversation so two clicks on the same card (or two form submissions) run one after the other in this
/// process; with the version checks in <see cref="ClaimFormStateStore"/> and the claims service this makes them idempotent.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
