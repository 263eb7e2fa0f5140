namespace CoopAssistant.TestKit.Hosting;

/// <summary>
/// Test teardown that cannot hang the run: a part that has not finished disposing within its limit fails the test (or the
/// fixture) with a message naming it, and the run goes on. What it was doing is left to finish, or not, in the background.
/// </summary>
public static class BoundedDispose
{
    /// <summary>Long enough for a host's own shutdown timeout (30 s) and the disposal after it, on a loaded machine.</summary>
    public static readonly TimeSpan HostLimit = TimeSpan.FromSeconds(90);

    public static Task DisposeWithinAsync(this IAsyncDisposable part, TimeSpan limit, string what)
    {
        ArgumentNullException.ThrowIfNull(part);
        return WithinAsync(part.DisposeAsync().AsTask(), limit, what);
    }

    /// <summary>Waits for a disposal already under way (for an override that bounds its base class's).</summary>
    public static async Task WithinAsync(Task disposal, TimeSpan limit, string what)
    {
        ArgumentNullException.ThrowIfNull(disposal);
        if (await Task.WhenAny(disposal, Task.Delay(limit)) != disposal)
        {
            throw new TimeoutException($"{what} did not finish disposing within {limit.TotalSeconds:F0} s: something it stops ignores its cancellation.");
        }

        await disposal;
    }
}
