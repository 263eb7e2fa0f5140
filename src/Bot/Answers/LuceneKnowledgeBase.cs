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

    public LuceneKnowledgeBase(IOptions<KnowledgeBaseOptions> options, ILogger<LuceneKnowledgeBase> logger, TimeProvider time)
        : this(EmbeddedArticles.Load(), options?.Value ?? new KnowledgeBaseOptions(), logger, time)
    {
    }

    /// <summary>Builds the knowledge base with default options, the system clock and no logging (tools and benchmarks).</summary>
    public LuceneKnowledgeBase()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Builds the knowledge base with default options and no logging; <paramref name="time"/> gives "today" for dates written without a year.</summary>
    internal LuceneKnowledgeBase(TimeProvider time)
        : this(EmbeddedArticles.Load(), new KnowledgeBaseOptions(), NullLogger.Instance, time)
    {
    }

    internal LuceneKnowledgeBase(IReadOnlyList<SourceArticle> articles, KnowledgeBaseOptions options, ILogger logger, TimeProvider time)
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
        result = PreferAskedFact(index, result, asked, options.AskedFactBonus);
        result = PreferComputation(index, result, question, dates);
        result = PreferLeadPassage(index, result, options, asked);
        if (result.Hits.Count == 0 || result.Coverage < options.ConfidenceThreshold)
        {
            return new KnowledgeAnswer(false, null, null, null, null, result.Coverage, topics[language]) { Language = language.Culture() };
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

    /// <summary>
    /// A question that names a date and asks what follows from it ("the usage period ends on 31/12,
    /// what is my deadline?") is answered by the article that computes it, when one of its passages
    /// ranks at least half as well as the best: a date question is a computation first.
    /// </summary>
    private static SearchResult PreferComputation(LanguageIndex index, SearchResult result, string? question, IReadOnlyList<DateMention> dates)
    {
        if (dates.Count == 0 || result.Hits.Count == 0 || question is null)
        {
            return result;
        }

        var best = result.Hits[0].Score;
        var computing = result.Hits.FirstOrDefault(h => h.Score >= best * 0.5f && DateComputation.Computes(h.Passage.Article, question, dates));
        return computing is null || computing == result.Hits[0] ? result : index.Promote(result, computing);
    }

    /// <summary>
    /// A question that asks for a duration ("how long", "quanto tempo"), an amount ("how much",
    /// "quanto") or a role ("who", "quem") prefers the passages that state one: their scores get
    /// <paramref name="bonus"/> more before ranking.
    /// </summary>
    private static SearchResult PreferAskedFact(LanguageIndex index, SearchResult result, FactKind asked, double bonus)
    {
        if (asked == FactKind.None || result.Hits.Count < 2)
        {
            return result;
        }

        // The passage that states the fact gets the bonus, and again when its article is about that
        // kind of fact (its title states it): "which role does a CPOR need?" is the roles article's
        // fact, not the CPOR article's side mention.
        var ranked = result.Hits
            .Select(h => h with { Score = (float)(h.Score * (1 + (bonus * (Bonus(h.Passage.States) + Bonus(h.Passage.Article.TitleStates))))) })
            .OrderByDescending(h => h.Score)
            .ToList();
        return index.Promote(result with { Hits = ranked }, ranked[0]);

        int Bonus(FactKind stated) => (stated & asked) != 0 ? 1 : 0;
    }

    /// <summary>
    /// Every article opens with its main rule. When the best passage of an article holds no question
    /// word that its first passage lacks (the question does not point at one passage: "what's the
    /// deadline for a claim?") and the first passage scores at least <see cref="KnowledgeBaseOptions.LeadPassageTie"/> of it,
    /// the first passage answers. A question that names one activity type ("telemarketing") points
    /// at that activity's passage, which keeps it, and so does a passage that states the kind of fact
    /// the question asks for when the first passage does not ("how long does a dispute take?"), and so
    /// does a passage whose alternate questions read clearly more like the question than the first's.
    /// </summary>
    private static SearchResult PreferLeadPassage(LanguageIndex index, SearchResult result, KnowledgeBaseOptions options, FactKind asked)
    {
        if (result.Hits.Count == 0 || result.Hits[0].Passage.Number == 0)
        {
            return result;
        }

        var best = result.Hits[0];
        var lead = result.Hits.FirstOrDefault(h => h.Passage.Number == 0 && h.Passage.Article == best.Passage.Article);
        if (lead is null || lead.Score < best.Score * options.LeadPassageTie || (best.Passage.States & asked & ~lead.Passage.States) != 0
            || best.QuestionMatch >= lead.QuestionMatch + options.LeadQuestionMatchMargin)
        {
            return result;
        }

        var (terms, spellings) = result.Question;
        for (var i = 0; i < terms.Count; i++)
        {
            // A question word, or its corrected spelling, that only the best passage holds points at it.
            if (Holds(best.Passage, terms[i], spellings[i]) && !Holds(lead.Passage, terms[i], spellings[i]))
            {
                return result;
            }
        }

        return index.Promote(result, lead);

        static bool Holds(IndexedPassage passage, string term, List<string> near) =>
            passage.BodyTerms.Contains(term) || near.Exists(passage.BodyTerms.Contains);
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
