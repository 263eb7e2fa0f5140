using System.Diagnostics;
using System.Globalization;

namespace CoopAssistant.Bot.Bench;

/// <summary>This process's CPU time, allocations and garbage collections over a phase, per turn: where a throughput
/// difference between two in-process endpoints comes from, and steadier than turns/s on a shared machine.</summary>
internal sealed class ProcessCost
{
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();

    public static ProcessCost Start() => new();

    public TurnCost Stop(int turns)
    {
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMicroseconds / Math.Max(1, turns);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - _allocated) / 1024.0 / Math.Max(1, turns);
        return new TurnCost(cpu, allocated, string.Create(CultureInfo.InvariantCulture,
            $"{cpu:F0} us CPU, {allocated:F1} KiB allocated; GCs gen0/1/2 {GC.CollectionCount(0) - _collections[0]}/{GC.CollectionCount(1) - _collections[1]}/{GC.CollectionCount(2) - _collections[2]}, paused {(GC.GetTotalPauseDuration() - _paused).TotalMilliseconds:F0} ms"));
    }
}

/// <summary>CPU time and allocations per turn over a phase, with the line printed for it.</summary>
internal sealed record TurnCost(double CpuMicroseconds, double AllocatedKiB, string Summary)
{
    public override string ToString() => Summary;
}
