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
    private readonly TimeProvider time;
    private readonly Dictionary<KnowledgeLanguage, LanguageIndex> indexes;
    private readonly Dictionary<KnowledgeLanguage, IReadOnlyList<KnowledgeTopic>> topics;
    private readonly Dictionary<KnowledgeLanguage, SemanticPassages> semantic = [];

    public LuceneKnowledgeBase(IOptions<KnowledgeBaseOptions> options, ILogger<LuceneKnowledgeBase> logger, TimeProvider time, IPassageEmbedder embedder)
        : this(EmbeddedArticles.Load(), options?.Value ?? new KnowledgeBaseOptions(), logger, time, embedder)
    {
    }

    /// <summary>Builds the knowledge base with default options, the system clock and no logging (tools and benchmarks).</summary>
    public LuceneKnowledgeBase()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Builds the knowledge base with default options and no logging; <paramref name="time"/> gives "today" for dates written without a year.</summary>
    internal LuceneKnowledgeBase(TimeProvider time, IPassageEmbedder? embedder = null)
        : this(EmbeddedArticles.Load(), new KnowledgeBaseOptions(), NullLogger.Instance, time, embedder)
    {
    }

    /// <summary>Builds the knowledge base; without <paramref name="embedder"/> it ranks by words only (no ranking by meaning).</summary>
    internal LuceneKnowledgeBase(IReadOnlyList<SourceArticle> articles, KnowledgeBaseOptions options, ILogger logger, TimeProvider time, IPassageEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(time);
        this.options = options;
        this.time = time;
        var stopwatch = Stopwatch.StartNew();
        indexes = new Dictionary<KnowledgeLanguage, LanguageIndex>();
        topics = new Dictionary<KnowledgeLanguage, IReadOnlyList<KnowledgeTopic>>();
        foreach (var language in Enum.GetValues<KnowledgeLanguage>())
        {
            var ofLanguage = articles.Where(a => a.Language == language).ToList();
            indexes[language] = new LanguageIndex(language, ofLanguage, options);
            topics[language] = [.. ofLanguage.Select(a => new KnowledgeTopic(a.Id, a.Title))];
            if (embedder is not null)
            {
                semantic[language] = new SemanticPassages(embedder, indexes[language], logger);
            }
        }

        BuildTime = stopwatch.Elapsed;
        KnowledgeLog.IndexBuilt(logger, articles.Count, indexes.Values.Sum(i => i.PassageCount), BuildTime.TotalMilliseconds);
    }

    /// <summary>How long building the indexes took.</summary>
    public TimeSpan BuildTime { get; }

    public KnowledgeAnswer Ask(string question, CultureInfo locale)
    {
        var (language, dates, result) = Read(question, locale);
        var index = indexes[language];
        var asked = FactKinds.Asked(question ?? string.Empty);
        result = AnswerPreferences.AskedFact(index, result, asked, options.AskedFactBonus);
        result = AnswerPreferences.BetterCovered(index, result, options);
        result = AnswerPreferences.Computation(index, result, question, dates);
        result = AnswerPreferences.FullerPassage(index, result, options);
        result = AnswerPreferences.LeadPassage(index, result, options, asked);
        IReadOnlyList<(IndexedPassage Passage, double Similarity)>? ranked = null;
        Func<IReadOnlyList<(IndexedPassage Passage, double Similarity)>> byMeaning = semantic.TryGetValue(language, out var meaning) && !string.IsNullOrWhiteSpace(question)
            ? () => ranked ??= meaning.Rank(question)
            : () => [];
        result = SemanticFusion.Apply(result, byMeaning, language, options);

        if (result.Hits.Count == 0 || result.Coverage < options.ConfidenceThreshold)
        {
            return new KnowledgeAnswer(false, null, null, null, null, result.Coverage, topics[language])
            {
                Language = language.Culture(),
                Candidates = ModelCandidates.For(result, byMeaning, options.ModelCandidates),
            };
        }

        var best = result.Hits[0];
        var article = best.Passage.Article;
        var evidence = Evidence(result);
        if (DateComputation.Answer(article, question!, dates) is { } computed)
        {
            // The computed sentence answers; the article's source states the rule it applies.
            var passage = new KnowledgePassage(article.Id, article.Title, computed.Text, article.Source);
            return new KnowledgeAnswer(true, article.Id, article.Title, computed.Text, article.Source, result.Coverage, Related(index, result))
            {
                Language = language.Culture(),
                Evidence = [passage, .. evidence.Take(2)],
                ComputedDate = computed.Result,
            };
        }

        return new KnowledgeAnswer(true, article.Id, article.Title, best.Passage.Text, best.Passage.Source, result.Coverage, Related(index, result))
        {
            Language = language.Culture(),
            Evidence = evidence,
        };
    }

    /// <summary>Computes the passage vectors of the ranking by meaning, if any (host start).</summary>
    public void WarmUp()
    {
        foreach (var passages in semantic.Values)
        {
            passages.WarmUp();
        }
    }

    /// <summary>The raw retrieval result (for diagnostics and tuning).</summary>
    internal (KnowledgeLanguage Language, SearchResult Result) Search(string question, CultureInfo locale)
    {
        var (language, _, result) = Read(question, locale);
        return (language, result);
    }

    /// <summary>
    /// The question's language, the dates it names, and the passages ranked for it. The dates are
    /// blanked out before searching: "31 de dezembro" is the user's date, not a question about the
    /// earning periods that happen to end on December 31.
    /// </summary>
    private (KnowledgeLanguage Language, IReadOnlyList<DateMention> Dates, SearchResult Result) Read(string? question, CultureInfo locale)
    {
        var language = LanguageDetector.Detect(question ?? string.Empty, KnowledgeLanguageExtensions.FromCulture(locale));
        if (string.IsNullOrWhiteSpace(question))
        {
            return (language, [], SearchResult.Empty);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var dates = DateReader.Find(question, language, today);
        var text = question;
        if (dates.Count > 0)
        {
            var blanked = question.ToCharArray();
            foreach (var date in dates)
            {
                Array.Fill(blanked, ' ', date.Start, date.Length);
            }

            text = new string(blanked);
        }

        return (language, dates, indexes[language].Search(text));
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
            [.. article.Passages.Select(p => p.Text)],
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
            .Select(h => new KnowledgePassage(h.Passage.Article.Id, h.Passage.Article.Title, h.Passage.Text, h.Passage.Source)),
    ];

    private static KnowledgeTopic? Topic(LanguageIndex index, string id) =>
        index.Articles.TryGetValue(id, out var article) ? new KnowledgeTopic(article.Id, article.Title) : null;
}
