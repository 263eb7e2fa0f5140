using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// One language's passages ranked by meaning (issue 20): each passage is read as its article's title with its text and as
/// each of its alternate questions; a question's similarity to the passage is the best cosine of those vectors. The vectors
/// are computed once, on first use or at warm-up (thread-safe), never per question. When the model cannot run here (its native
/// library is missing or fails), that is logged once and the questions are ranked by words only.
/// </summary>
internal sealed class SemanticPassages
{
    private readonly IPassageEmbedder embedder;
    private readonly ILogger logger;
    private readonly Lazy<(IndexedPassage Passage, float[][] Vectors)[]> vectors;
    private volatile bool unavailable;

    public SemanticPassages(IPassageEmbedder embedder, LanguageIndex index, ILogger logger)
    {
        this.embedder = embedder;
        this.logger = logger;
        vectors = new(() => Embed(embedder, index, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Computes the passage vectors now (host start), so the first question is not slow.</summary>
    public void WarmUp() => Rank(null);

    /// <summary>Every passage with its similarity to <paramref name="question"/>, most similar first; empty when the model cannot run.</summary>
    public IReadOnlyList<(IndexedPassage Passage, double Similarity)> Rank(string? question)
    {
        if (unavailable)
        {
            return [];
        }

        try
        {
            var passages = vectors.Value;
            if (question is null)
            {
                return [];
            }

            var query = embedder.EmbedQuestion(question);
            return [.. passages.Select(p => (p.Passage, Similarity: p.Vectors.Max(v => Dot(query, v)))).OrderByDescending(p => p.Similarity)];
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException
            or TypeInitializationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            if (!unavailable)
            {
                unavailable = true;
                KnowledgeLog.MeaningUnavailable(logger, exception);
            }

            return [];
        }
    }

    private static (IndexedPassage, float[][])[] Embed(IPassageEmbedder embedder, LanguageIndex index, ILogger logger)
    {
        var stopwatch = Stopwatch.StartNew();
        var texts = index.Passages.Select(p => (IReadOnlyList<string>)[$"{p.Article.Title}: {p.Text}", .. p.Article.Passages[p.Number].Questions]).ToList();
        var flat = embedder.EmbedPassages([.. texts.SelectMany(t => t)]);
        var result = new (IndexedPassage, float[][])[texts.Count];
        var at = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            result[i] = (index.Passages[i], [.. Enumerable.Range(at, texts[i].Count).Select(j => flat[j])]);
            at += texts[i].Count;
        }

        KnowledgeLog.PassagesEmbedded(logger, index.Language, flat.Count, stopwatch.Elapsed.TotalMilliseconds);
        return result;
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
