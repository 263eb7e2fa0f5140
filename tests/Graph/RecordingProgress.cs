using System.Collections.Concurrent;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Tests;

/// <summary>Synchronous IProgress that keeps every report.</summary>
internal sealed class RecordingProgress : IProgress<EvidenceCopyProgress>
{
    private readonly ConcurrentQueue<EvidenceCopyProgress> reports = new();

    public IReadOnlyList<EvidenceCopyProgress> Reports => [.. reports];

    public void Report(EvidenceCopyProgress value) => reports.Enqueue(value);
}
