using CoopAssistant.Claims;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Work;
using CoopAssistant.Scheduling.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Scheduling.Tests.Work;

/// <summary>One "host": the claims database, the background work queue and a runner with the test handler, named <see cref="Node"/>.</summary>
public sealed class WorkHost : IAsyncDisposable
{
    private bool _started;

    private WorkHost(string node, ServiceProvider services)
    {
        Node = node;
        Services = services;
    }

    public string Node { get; }

    public ServiceProvider Services { get; }

    public IBackgroundWorkQueue Queue => Services.GetRequiredService<IBackgroundWorkQueue>();

    public IBackgroundWorkStore Store => Services.GetRequiredService<IBackgroundWorkStore>();

    public BackgroundWorkRunner Runner => Services.GetRequiredService<BackgroundWorkRunner>();

    public static async Task<WorkHost> CreateAsync(
        string connectionString, string folder, string node, WorkLog log, Action<Dictionary<string, string?>>? settings = null,
        Func<IBackgroundWorkStore, IBackgroundWorkStore>? decorateStore = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = connectionString,
            ["BackgroundWork:NodeId"] = node,
            ["BackgroundWork:PollInterval"] = "00:00:00.050",
            ["BackgroundWork:LeaseDuration"] = "00:00:10", // long: no test here waits for a lease to run out, and a slow CI machine must not race it
            ["BackgroundWork:RetryDelay"] = "00:00:00.010",
            ["BackgroundWork:MaxAttempts"] = "3",
        };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddClaims(configuration, folder);
        services.AddBackgroundWork();
        services.AddSingleton(log);
        services.AddSingleton(sp => new TestWorkHandler(sp.GetRequiredService<WorkLog>(), node));
        services.AddBackgroundWorkHandler<TestWorkHandler>();
        if (decorateStore is not null)
        {
            // The store of AddClaims, wrapped (e.g. to inject a storage hiccup); the runner and the test see the wrapper.
            var registered = services.Last(d => d.ServiceType == typeof(IBackgroundWorkStore));
            services.Remove(registered);
            services.AddSingleton(sp => decorateStore((IBackgroundWorkStore)(registered.ImplementationFactory?.Invoke(sp)
                ?? registered.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        }
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ClaimsDatabase>().MigrateAsync(CancellationToken.None);
        return new WorkHost(node, provider);
    }

    public async Task StartAsync()
    {
        await Runner.StartAsync(CancellationToken.None);
        _started = true;
    }

    /// <summary>Stops the runner as a host shutdown does (bounded).</summary>
    public async Task StopAsync()
    {
        if (_started)
        {
            _started = false;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await Runner.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Services.DisposeAsync();
    }
}
