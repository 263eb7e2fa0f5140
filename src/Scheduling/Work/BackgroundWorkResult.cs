namespace CoopAssistant.Scheduling.Work;

/// <summary>How a run ended: finished, to be tried again later (a failure), or waiting on something else (not a failure).</summary>
public abstract record BackgroundWorkResult
{
    private BackgroundWorkResult()
    {
    }

    public static BackgroundWorkResult Done { get; } = new Finished();

    /// <summary>A failure worth another attempt after <paramref name="delay"/> (counts towards <see cref="BackgroundWorkOptions.MaxAttempts"/>).</summary>
    public static BackgroundWorkResult Retry(TimeSpan delay, string reason) => new RetryLater(delay, reason);

    /// <summary>Not ready yet (it waits on other work or on the user): run again after <paramref name="delay"/>; no attempt is used up.</summary>
    public static BackgroundWorkResult Defer(TimeSpan delay) => new Deferred(delay);

    public sealed record Finished : BackgroundWorkResult;

    public sealed record RetryLater(TimeSpan Delay, string Reason) : BackgroundWorkResult;

    public sealed record Deferred(TimeSpan Delay) : BackgroundWorkResult;
}
