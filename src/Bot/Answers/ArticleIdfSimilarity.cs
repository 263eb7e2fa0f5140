using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// BM25 whose idf counts articles rather than passages: the title and keywords are repeated on
/// every passage, so passage counts would make the terms of long articles look common.
/// </summary>
internal sealed class ArticleIdfSimilarity(IReadOnlyDictionary<string, int> articleFrequency, int articleCount) : BM25Similarity
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        ArgumentNullException.ThrowIfNull(termStats);
        var frequency = Math.Max(1, articleFrequency.GetValueOrDefault(termStats.Term.Utf8ToString()));
        var idf = (float)Math.Log(1 + ((articleCount - frequency + 0.5) / (frequency + 0.5)));
        return new Explanation(idf, "article idf");
    }
}
