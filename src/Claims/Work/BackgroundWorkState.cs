namespace CoopAssistant.Claims.Work;

/// <summary>Where a <see cref="BackgroundWorkItem"/> is: waiting or running (<see cref="Pending"/>, running while leased), or finished.</summary>
public enum BackgroundWorkState
{
    Pending = 0,
    Done = 1,
    Failed = 2,
}
