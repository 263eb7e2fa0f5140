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

    /// <summary>
    /// Turns started on a schedule at a fixed rate whatever the answers' speed: turn i is due at start + i / rate, a pacing
    /// thread sleeps (libc <c>nanosleep</c>, tens of microseconds of slack, not the millisecond ticks of timers) until the next
    /// turn is due and then sends every turn that is due. Each latency is counted from the turn's INTENDED send time, so a
    /// late send (a stalled driver or a full pool) counts against the endpoint's latency instead of being left out
    /// (no coordinated omission). <see cref="RunResult.PacingP99"/> says how late the sends were.
    /// </summary>
    public async Task<RunResult> OpenLoopAsync(double turnsPerSecond, TimeSpan duration)
    {
        var total = (int)(turnsPerSecond * duration.TotalSeconds);
        // Each turn writes its latency into its slot and is then garbage: holding every turn's Task until the end (as this did)
        // kept a whole phase of objects alive through the driver's collections, whose pauses then showed in every endpoint's tail.
        var latencies = new double[total];
        var late = new double[total];
        var remaining = total;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (total == 0)
        {
            finished.SetResult();
        }

        async Task TurnIntoAsync(int i, long due)
        {
            try
            {
                latencies[i] = await TurnAsync(due);
            }
            catch (OperationCanceledException)
            {
                // The client's timeout: an error, and its latency counts as it was.
                Interlocked.Increment(ref _errors);
                latencies[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            }
            finally
            {
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    finished.SetResult();
                }
            }
        }

        var ticksPerTurn = Stopwatch.Frequency / turnsPerSecond;
        var start = Stopwatch.GetTimestamp();
        var pacer = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var due = start + (long)(i * ticksPerTurn);
                var ahead = due - Stopwatch.GetTimestamp();
                if (ahead > 0)
                {
                    Pause.For(ahead * 1_000_000_000L / Stopwatch.Frequency);
                }

                late[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                _ = TurnIntoAsync(i, due);
            }
        })
        {
            IsBackground = true,
            Name = "open-loop pacer",
        };
        pacer.Start();
        await finished.Task;
        pacer.Join();
        Array.Sort(late);
        return RunResult.From(latencies, Stopwatch.GetElapsedTime(start), Errors) with
        {
            PacingP99 = late.Length == 0 ? 0 : late[Math.Min(late.Length - 1, (int)(0.99 * late.Length))],
        };
    }

    public void Dispose() => _http.Dispose();

    /// <summary>One turn; its latency in ms from <paramref name="intended"/> (a <see cref="Stopwatch"/> timestamp) or, by
    /// default, from now.</summary>
    private async Task<double> TurnAsync(long intended = 0)
    {
        var n = Interlocked.Increment(ref _sequence);
        var user = n % users;
        var body = _activity(n, user, serviceUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token() is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var started = intended == 0 ? Stopwatch.GetTimestamp() : intended;
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
    /// <summary>Open loop: the 99th percentile of how late a turn was sent after its intended time (ms).</summary>
    public double PacingP99 { get; init; }

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public static RunResult From(double[] latencies, TimeSpan elapsed, long errors)
    {
        Array.Sort(latencies);
        double At(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        return new RunResult(latencies.Length, elapsed, At(0.50), At(0.99), errors);
    }
}

/// <summary>Sleeps with sub-millisecond resolution (Linux <c>nanosleep</c>; elsewhere the nearest millisecond).</summary>
internal static partial class Pause
{
    public static void For(long nanoseconds)
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.Sleep(TimeSpan.FromTicks(Math.Max(1, nanoseconds / 100)));
            return;
        }

        var request = new TimeSpec { Seconds = nanoseconds / 1_000_000_000L, Nanoseconds = nanoseconds % 1_000_000_000L };
        _ = NanoSleep(request, IntPtr.Zero);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "nanosleep")]
    private static extern int NanoSleep(in TimeSpec request, IntPtr remaining);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
