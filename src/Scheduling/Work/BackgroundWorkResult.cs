using CoopAssistant.Claims.Results;

namespace CoopAssistant.Scheduling.Work;

/// <summary>
/// How a run ended, in the one result shape: <see cref="Done"/> when finished, otherwise a <see cref="BackgroundWorkDelay"/>: to be
/// tried again later (a failure), or waiting on something else (not a failure). These are its factories.
/// </summary>
public static class BackgroundWorkResult
{
    public static Result<Done, BackgroundWorkDelay> Done { get; } = Result<Done, BackgroundWorkDelay>.Ok(Claims.Results.Done.Value);

    /// <summary>A failure worth another attempt after <paramref name="delay"/> (counts towards <see cref="BackgroundWorkOptions.MaxAttempts"/>).</summary>
    public static Result<Done, BackgroundWorkDelay> Retry(TimeSpan delay, string reason) => new BackgroundWorkDelay.RetryLater(delay, reason);

    /// <summary>Not ready yet (it waits on other work or on the user): run again after <paramref name="delay"/>; no attempt is used up.</summary>
    public static Result<Done, BackgroundWorkDelay> Defer(TimeSpan delay) => new BackgroundWorkDelay.Deferred(delay);
}

/// <summary>Why a run has not finished: the error side of a run's result.</summary>
public abstract record BackgroundWorkDelay
{
    private BackgroundWorkDelay()
    {
    }

    public sealed record RetryLater(TimeSpan Delay, string Reason) : BackgroundWorkDelay;

    public sealed record Deferred(TimeSpan Delay) : BackgroundWorkDelay;
}
