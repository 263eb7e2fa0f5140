using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using CoopAssistant.Bench;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// Posts <c>help</c> message activities to an <c>/api/messages</c> endpoint: closed loop (maximum
/// throughput) or open loop at a fixed rate (latency at a given load). Each activity has its own id; users
/// and conversations rotate over a fixed set, as in a tenant with many people. Another activity (the "new claim" form)
/// can be given as <c>activity(id, user, serviceUrl)</c>.
/// </summary>
internal sealed class LoadDriver(Uri endpoint, string serviceUrl, Func<string?> token, int users = LoadDriver.Users, Func<long, long, string, string>? activity = null) : IDisposable
{
    /// <summary>Distinct users and 1:1 conversations: enough that Teams' per-conversation limits (2/s sustained) never cap the run.</summary>
    public const int Users = 10_000;

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly Func<long, long, string, string> _activity = activity ?? Activities.Help;
    private long _sequence;
    private long _errors;

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Turns posted so far (warm-up included): the replies the Connector must have received for message turns.</summary>
    public long Sent => Interlocked.Read(ref _sequence);

    /// <summary>As many turns as <paramref name="concurrency"/> workers can push in <paramref name="duration"/>.</summary>
    public async Task<RunResult> ClosedLoopAsync(int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>[concurrency];
        var stopwatch = Stopwatch.StartNew();
        var until = duration.TotalSeconds;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(100_000);
            while (stopwatch.Elapsed.TotalSeconds < until)
            {
                mine.Add(await TurnAsync());
            }
        }));
        return RunResult.From(latencies.SelectMany(l => l).ToArray(), stopwatch.Elapsed, Errors);
    }

    /// <summary>Exactly <paramref name="turns"/> turns with <paramref name="concurrency"/> workers (memory runs).</summary>
    public async Task<RunResult> CountedAsync(int concurrency, int turns)
    {
        var remaining = turns;
        var latencies = new List<double>[concurrency];
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(turns / concurrency + 1);
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                mine.Add(await TurnAsync());
            }
        }));
        return RunResult.From(latencies.SelectMany(l => l).ToArray(), stopwatch.Elapsed, Errors);
    }

    /// <summary>Turns started at a fixed rate whatever the answers' speed (no coordinated omission).</summary>
    public async Task<RunResult> OpenLoopAsync(double turnsPerSecond, TimeSpan duration)
    {
        var total = (int)(turnsPerSecond * duration.TotalSeconds);
        var tasks = new Task<double>[total];
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = i / turnsPerSecond;
            var wait = due - stopwatch.Elapsed.TotalSeconds;
            if (wait > 0.002)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait));
            }

            tasks[i] = TurnAsync();
        }

        var latencies = await Task.WhenAll(tasks);
        return RunResult.From(latencies, stopwatch.Elapsed, Errors);
    }

    public void Dispose() => _http.Dispose();

    private async Task<double> TurnAsync()
    {
        var n = Interlocked.Increment(ref _sequence);
        var user = n % users;
        var body = _activity(n, user, serviceUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token() is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _errors);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _errors);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}

internal sealed record RunResult(int Turns, TimeSpan Elapsed, double P50, double P99, long Errors)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public static RunResult From(double[] latencies, TimeSpan elapsed, long errors)
    {
        Array.Sort(latencies);
        double At(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        return new RunResult(latencies.Length, elapsed, At(0.50), At(0.99), errors);
    }
}
