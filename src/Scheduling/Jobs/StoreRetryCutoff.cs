using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Scheduling.Jobs;

/// <summary>Fires <see cref="AfterStopping"/> after the host begins to stop: the job store's retries against the database end
/// there (a healthy database answers in milliseconds; a short blip during a stop is still retried).</summary>
internal sealed class StoreRetryCutoff : IDisposable
{
    public static readonly TimeSpan AfterStopping = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _source = new();
    private readonly CancellationTokenRegistration _stopping;

    public StoreRetryCutoff(IHostApplicationLifetime lifetime) =>
        _stopping = lifetime.ApplicationStopping.Register(() => _source.CancelAfter(AfterStopping));

    /// <summary>The caller's token, also cancelled at the cut-off.</summary>
    public CancellationTokenSource Bound(CancellationToken cancellationToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _source.Token);

    public void Dispose()
    {
        _stopping.Dispose();
        _source.Dispose();
    }
}
