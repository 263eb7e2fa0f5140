using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// One language's passages ranked by meaning (issue 20): each passage is read as its article's title with its text and as
/// each of its alternate questions; a question's similarity to the passage is the best cosine of those vectors. The vectors
/// are computed once, on first use or at warm-up (thread-safe), never per question.
/// </summary>
internal sealed class SemanticPassages
{
    private readonly IPassageEmbedder embedder;
    private readonly Lazy<(IndexedPassage Passage, float[][] Vectors)[]> vectors;

    public SemanticPassages(IPassageEmbedder embedder, LanguageIndex index, ILogger logger)
    {
        this.embedder = embedder;
        vectors = new(() => Embed(embedder, index, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Computes the passage vectors now (host start), so the first question is not slow.</summary>
    public void WarmUp() => _ = vectors.Value;

    /// <summary>Every passage with its similarity to <paramref name="question"/>, most similar first.</summary>
    public IReadOnlyList<(IndexedPassage Passage, double Similarity)> Rank(string question)
    {
        var query = embedder.EmbedQuestion(question);
        return [.. vectors.Value.Select(p => (p.Passage, Similarity: p.Vectors.Max(v => Dot(query, v)))).OrderByDescending(p => p.Similarity)];
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
            result[i] = (index.Passages[i], [.. flat.Skip(at).Take(texts[i].Count)]);
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
