namespace CoopAssistant.Bot.Answers;

/// <summary>Passages ranked for a question (best first) and how much of the question the best one covers.</summary>
internal sealed record SearchResult(IReadOnlyList<SearchHit> Hits, double Coverage, IReadOnlyList<TermCoverage> Terms)
{
    public static SearchResult Empty { get; } = new([], 0, []);

    /// <summary>The analysed question terms and their near spellings (to score another passage's coverage).</summary>
    internal (List<string> Terms, List<string>[] Spellings) Question { get; init; } = ([], []);

    /// <summary>Whether the question reads as a co-op question (<see cref="DomainEvidence"/>).</summary>
    internal QuestionDomain Domain { get; init; }
}

/// <summary>A ranked passage, its score, and how closely the question reads like one of its alternate questions (0..1).</summary>
internal sealed record SearchHit(IndexedPassage Passage, float Score)
{
    public double QuestionMatch { get; init; }
}

/// <summary>One analysed question term: in how many articles it occurs, its weight, and whether the best passage covers it.</summary>
internal sealed record TermCoverage(string Term, int ArticleFrequency, double Weight, bool Covered);
