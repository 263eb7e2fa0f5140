namespace CoopAssistant.Bot.Answers;

/// <summary>Passages ranked for a question (best first) and how much of the question the best one covers.</summary>
internal sealed record SearchResult(IReadOnlyList<SearchHit> Hits, double Coverage)
{
    public static SearchResult Empty { get; } = new([], 0);
}

/// <summary>A ranked passage and its BM25 score.</summary>
internal sealed record SearchHit(IndexedPassage Passage, float Score);
