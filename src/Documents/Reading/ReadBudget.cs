using CoopAssistant.Claims.Review;

namespace CoopAssistant.Documents.Reading;

/// <summary>The limits left while reading one document: time (a token cancelled when the budget runs out), characters
/// and decoded bytes. Records the first limit that stopped reading.</summary>
internal sealed class ReadBudget : IDisposable
{
    private readonly CancellationTokenSource timeout;
    private readonly CancellationTokenSource linked;
    private readonly CancellationToken caller;
    private long decodedLeft;

    public ReadBudget(ReviewOptions options, TimeProvider time, CancellationToken caller)
    {
        Options = options;
        this.caller = caller;
        timeout = new CancellationTokenSource(options.TimeBudgetPerDocument, time);
        linked = CancellationTokenSource.CreateLinkedTokenSource(caller, timeout.Token);
        decodedLeft = options.MaxDecodedBytes;
    }

    public ReviewOptions Options { get; }

    public CancellationToken Token => linked.Token;

    public ReadLimit Limit { get; private set; }

    /// <summary>Throws when the caller cancelled (propagates) or the time budget ran out (recorded as the time limit).</summary>
    public void ThrowIfOutOfTime()
    {
        caller.ThrowIfCancellationRequested();
        if (timeout.IsCancellationRequested)
        {
            Hit(ReadLimit.Time);
            throw new ReadLimitException(ReadLimit.Time);
        }
    }

    /// <summary>Takes <paramref name="bytes"/> from the decoded-bytes allowance; throws when it is spent.</summary>
    public void Decoded(long bytes)
    {
        if (Interlocked.Add(ref decodedLeft, -bytes) < 0)
        {
            Hit(ReadLimit.DecodedBytes);
            throw new ReadLimitException(ReadLimit.DecodedBytes);
        }
    }

    public void Hit(ReadLimit limit)
    {
        if (Limit == ReadLimit.None)
        {
            Limit = limit;
        }
    }

    public bool CallerCancelled => caller.IsCancellationRequested;

    public void Dispose()
    {
        linked.Dispose();
        timeout.Dispose();
    }
}

/// <summary>Thrown inside a reader when a limit stops it; the reader returns what it read so far.</summary>
internal sealed class ReadLimitException(ReadLimit limit) : Exception("Reading stopped by the " + limit + " limit.")
{
    public ReadLimit Limit { get; } = limit;
}
