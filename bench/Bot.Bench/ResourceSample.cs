using System.Diagnostics;
using System.Globalization;

namespace CoopAssistant.Bot.Bench;

/// <summary>The process's resources: managed heap after a full collection, working set, OS handles (open file descriptors on Linux) and threads.</summary>
internal sealed record ResourceSample(double HeapMiB, double WorkingSetMiB, int Handles, int Threads)
{
    public static ResourceSample Take()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new ResourceSample(GC.GetTotalMemory(false) / 1048576.0, process.WorkingSet64 / 1048576.0, process.HandleCount, process.Threads.Count);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"heap {HeapMiB:F1} MiB, working set {WorkingSetMiB:F0} MiB, {Handles} handles, {Threads} threads");
}
