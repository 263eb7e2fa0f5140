using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// <see cref="IKnowledgeBase"/> over the embedded articles, indexed in memory with Lucene.Net
/// (one index per language, BM25, title and keyword boosts, typo-tolerant matching). The index is
/// built in the constructor; the instance is immutable and thread-safe (register it as a singleton).
/// </summary>
public sealed class LuceneKnowledgeBase : IKnowledgeBase, IDisposable
{
    private readonly KnowledgeBaseOptions options;
    private readonly Dictionary<KnowledgeLanguage, LanguageIndex> indexes;
    private readonly Dictionary<KnowledgeLanguage, IReadOnlyList<KnowledgeTopic>> topics;

    public LuceneKnowledgeBase(IOptions<KnowledgeBaseOptions> options, ILogger<LuceneKnowledgeBase> logger)
        : this(EmbeddedArticles.Load(), options?.Value ?? new KnowledgeBaseOptions(), logger)
    {
    }

    /// <summary>Builds the knowledge base with default options and no logging (tools and benchmarks).</summary>
    public LuceneKnowledgeBase()
        : this(EmbeddedArticles.Load(), new KnowledgeBaseOptions(), NullLogger.Instance)
    {
    }

    internal LuceneKnowledgeBase(IReadOnlyList<SourceArticle> articles, KnowledgeBaseOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(articles);
        this.options = options;
        var stopwatch = Stopwatch.StartNew();
        indexes = new Dictionary<KnowledgeLanguage, LanguageIndex>();
        topics = new Dictionary<KnowledgeLanguage, IReadOnlyList<KnowledgeTopic>>();
        foreach (var language in Enum.GetValues<KnowledgeLanguage>())
        {
            var ofLanguage = articles.Where(a => a.Language == language).ToList();
            indexes[language] = new LanguageIndex(language, ofLanguage, options);
            topics[language] = [.. ofLanguage.Select(a => new KnowledgeTopic(a.Id, a.Title))];
        }

        BuildTime = stopwatch.Elapsed;
        KnowledgeLog.IndexBuilt(logger, articles.Count, indexes.Values.Sum(i => i.PassageCount), BuildTime.TotalMilliseconds);
    }

    /// <summary>How long building the indexes took.</summary>
    public TimeSpan BuildTime { get; }

    public KnowledgeAnswer Ask(string question, CultureInfo locale)
    {
        var (language, result) = Search(question, locale);
        var index = indexes[language];
        if (result.Hits.Count == 0 || result.Coverage < options.ConfidenceThreshold)
        {
            return new KnowledgeAnswer(false, null, null, null, null, result.Coverage, topics[language]) { Language = language.Culture() };
        }

        var best = result.Hits[0];
        var article = best.Passage.Article;
        return new KnowledgeAnswer(true, article.Id, article.Title, best.Passage.Text, article.Source, result.Coverage, Related(index, result))
        {
            Language = language.Culture(),
            Evidence = Evidence(result),
        };
    }

    /// <summary>The raw retrieval result (for diagnostics and tuning).</summary>
    internal (KnowledgeLanguage Language, SearchResult Result) Search(string question, CultureInfo locale)
    {
        var language = LanguageDetector.Detect(question ?? string.Empty, KnowledgeLanguageExtensions.FromCulture(locale));
        return (language, string.IsNullOrWhiteSpace(question) ? SearchResult.Empty : indexes[language].Search(question));
    }

    public IReadOnlyList<KnowledgeTopic> Topics(CultureInfo locale) => topics[KnowledgeLanguageExtensions.FromCulture(locale)];

    public KnowledgeArticle? Article(string articleId, CultureInfo locale)
    {
        var language = KnowledgeLanguageExtensions.FromCulture(locale);
        var index = indexes[language];
        if (articleId is null || !index.Articles.TryGetValue(articleId, out var article))
        {
            return null;
        }

        return new KnowledgeArticle(
            article.Id,
            language.Culture(),
            article.Title,
            article.Source,
            article.Keywords,
            article.Passages,
            [.. article.Related.Select(id => Topic(index, id)).OfType<KnowledgeTopic>()]);
    }

    public void Dispose()
    {
        foreach (var index in indexes.Values)
        {
            index.Dispose();
        }
    }

    private List<KnowledgeTopic> Related(LanguageIndex index, SearchResult result)
    {
        var best = result.Hits[0];
        var ids = new List<string>();
        foreach (var hit in result.Hits.Skip(1))
        {
            var id = hit.Passage.Article.Id;
            if (hit.Score >= best.Score * 0.5f && id != best.Passage.Article.Id && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        foreach (var id in best.Passage.Article.Related)
        {
            if (!ids.Contains(id, StringComparer.OrdinalIgnoreCase) && !string.Equals(id, best.Passage.Article.Id, StringComparison.OrdinalIgnoreCase))
            {
                ids.Add(id);
            }
        }

        return [.. ids.Select(id => Topic(index, id)).OfType<KnowledgeTopic>().Take(Math.Max(1, options.MaxRelated))];
    }

    /// <summary>The best passage and up to two more that score at least half as well.</summary>
    private static List<KnowledgePassage> Evidence(SearchResult result) =>
    [
        .. result.Hits
            .Where(h => h.Score >= result.Hits[0].Score * 0.5f)
            .Take(3)
            .Select(h => new KnowledgePassage(h.Passage.Article.Id, h.Passage.Article.Title, h.Passage.Text, h.Passage.Article.Source)),
    ];

    private static KnowledgeTopic? Topic(LanguageIndex index, string id) =>
        index.Articles.TryGetValue(id, out var article) ? new KnowledgeTopic(article.Id, article.Title) : null;
}
