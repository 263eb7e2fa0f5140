using System.Diagnostics.Tracing;
using System.Globalization;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// What the runtime did in this process, as totals since start that two readings subtract: garbage-collection pauses (count,
/// total, longest, and how many over 1 and 5 ms, from the runtime's own GC suspend/restart events), methods compiled by the JIT
/// and its time, thread-pool threads and lock contentions. These do not depend on the machine's load the way latencies do,
/// so they say whether a phase's tail comes from this process's runtime (a GC pause, a tier-1 compile, a thread injection).
/// </summary>
internal sealed class RuntimeWindow : EventListener
{
    // Microsoft-Windows-DotNETRuntime: GCSuspendEEBegin_V1 (9) starts a pause, GCRestartEEEnd_V1 (3) ends it.
    private const int SuspendBegin = 9;
    private const int RestartEnd = 3;
    private const int AllocationTick = 10;

    /// <summary><c>BENCH_ALLOCATIONS=1</c>: also tally the runtime's allocation samples (one per ~100 KB allocated) by type.</summary>
    private static readonly bool Sampling = Environment.GetEnvironmentVariable("BENCH_ALLOCATIONS") == "1";
    private readonly Dictionary<string, long> _sampled = new(StringComparer.Ordinal);

    /// <summary><c>BENCH_JIT=1</c>: also tally the methods the JIT compiles, by optimization tier (MethodLoadVerbose events).</summary>
    private static readonly bool JitListing = Environment.GetEnvironmentVariable("BENCH_JIT") == "1";
    private const int MethodLoadVerbose = 143;
    private readonly Dictionary<string, long> _jitted = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _pauses;
    private long _over1;
    private long _over5;
    private double _longest;
    private DateTime _suspended;

    public static RuntimeWindow Instance { get; } = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, Sampling || JitListing ? EventLevel.Verbose : EventLevel.Informational, (EventKeywords)(JitListing ? 0x1 | 0x10 : 0x1));
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId == MethodLoadVerbose && eventData.PayloadNames is { } methodNames)
        {
            var flags = Convert.ToInt64(eventData.Payload![methodNames.IndexOf("MethodFlags")], CultureInfo.InvariantCulture);
            var tier = ((flags >> 7) & 0x7) switch { 1 => "minopts", 2 => "optimized", 3 => "tier0", 4 => "tier1", 5 => "r2r", 6 => "tier1-osr", 7 => "tier0-instrumented", _ => "?" };
            var key = $"{tier}({(flags >> 7) & 0x7}) {eventData.Payload[methodNames.IndexOf("MethodNamespace")]}::{eventData.Payload[methodNames.IndexOf("MethodName")]}";
            lock (_gate)
            {
                _jitted[key] = _jitted.GetValueOrDefault(key) + 1;
            }
        }
        else if (eventData.EventId == AllocationTick && eventData.PayloadNames is { } names)
        {
            var type = eventData.Payload![names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_gate)
            {
                _sampled[type] = _sampled.GetValueOrDefault(type) + amount;
            }
        }
        else if (eventData.EventId == SuspendBegin)
        {
            lock (_gate)
            {
                _suspended = eventData.TimeStamp;
            }
        }
        else if (eventData.EventId == RestartEnd)
        {
            lock (_gate)
            {
                if (_suspended == default)
                {
                    return;
                }

                var ms = (eventData.TimeStamp - _suspended).TotalMilliseconds;
                _suspended = default;
                _pauses++;
                _over1 += ms > 1 ? 1 : 0;
                _over5 += ms > 5 ? 1 : 0;
                _longest = Math.Max(_longest, ms);
            }
        }
    }

    /// <summary>The sampled allocations by type since the previous call, largest first (empty unless sampling).</summary>
    public IReadOnlyList<string> TakeSampledAllocations(int top)
    {
        lock (_gate)
        {
            var total = Math.Max(1, _sampled.Values.Sum());
            var lines = _sampled.OrderByDescending(p => p.Value).Take(top)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value * 100.0 / total,5:F1}% {p.Value / 1024.0 / 1024,8:F1} MiB {p.Key}")).ToList();
            _sampled.Clear();
            if (JitListing)
            {
                lines.AddRange(_jitted.GroupBy(p => p.Key.Split(' ')[0]).Select(g => $"jitted {g.Key}: {g.Sum(p => p.Value)} methods"));
                lines.AddRange(_jitted.OrderBy(p => p.Key, StringComparer.Ordinal).Take(top * 4).Select(p => $"jitted {p.Key}"));
                _jitted.Clear();
            }

            return lines;
        }
    }

    /// <summary>The totals now; the longest pause is the longest since the previous reading.</summary>
    public Reading Read()
    {
        lock (_gate)
        {
            var reading = new Reading(GC.GetTotalPauseDuration().TotalMilliseconds, _pauses, _over1, _over5, _longest,
                System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
                ThreadPool.ThreadCount, Monitor.LockContentionCount);
            _longest = 0;
            return reading;
        }
    }

    internal sealed record Reading(double PausedMs, long Pauses, long Over1, long Over5, double LongestMs, long JitMethods, double JitMs, int Threads, long Contentions)
    {
        public string Line => string.Create(CultureInfo.InvariantCulture, $"{PausedMs:F3} {Pauses} {Over1} {Over5} {LongestMs:F3} {JitMethods} {JitMs:F1} {Threads} {Contentions}");

        public static Reading Parse(string[] parts, int from)
        {
            double N(int i) => double.Parse(parts[from + i], CultureInfo.InvariantCulture);
            return new Reading(N(0), (long)N(1), (long)N(2), (long)N(3), N(4), (long)N(5), N(6), (int)N(7), (long)N(8));
        }

        /// <summary>This reading minus an earlier one (the longest pause is already per window).</summary>
        public string Since(Reading before) => string.Create(CultureInfo.InvariantCulture,
            $"GC pauses {Pauses - before.Pauses} ({PausedMs - before.PausedMs:F0} ms, longest {LongestMs:F1} ms, >1 ms {Over1 - before.Over1}, >5 ms {Over5 - before.Over5}); JIT {JitMethods - before.JitMethods} methods {JitMs - before.JitMs:F0} ms; threads {Threads}; lock contentions {Contentions - before.Contentions}");
    }
}
