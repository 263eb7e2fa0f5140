using System.Diagnostics;

namespace CoopAssistant.Review.Bench;

internal static class Measure
{
    /// <summary>Nearest-rank percentile (0 &lt; p &lt;= 1).</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Runs <paramref name="read"/> after a full collection, sampling the process's working set every
    /// millisecond: elapsed time and the peak above the working set before it started.</summary>
    public static (T Result, double Milliseconds, double PeakMiB) Hostile<T>(Func<T> read)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            using var self = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();
        var start = Stopwatch.GetTimestamp();
        var result = read();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        stop.Cancel();
        sampler.Join();
        return (result, ms, (peak - baseline) / 1024.0 / 1024.0);
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
