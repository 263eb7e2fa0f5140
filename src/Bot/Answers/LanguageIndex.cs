using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The in-memory Lucene index of one language's articles: one document per passage, with the
/// article's title, keywords and whole text repeated on each passage so they can be boosted (the
/// passage body decides which passage of an article is quoted). Immutable after construction;
/// searching is thread-safe.
/// </summary>
internal sealed class LanguageIndex : IDisposable
{
    private readonly KnowledgeBaseOptions options;
    private readonly Analyzer analyzer;
    private readonly Analyzer questionAnalyzer;
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IndexedPassage[] passagesByDoc;
    private readonly Dictionary<string, int> articleFrequency = new(StringComparer.Ordinal);
    private readonly int articleCount;
    private readonly PassageQuery queries;
    private readonly SpellingCorrector spelling;
    private readonly PassageCoverage coverage;
    private readonly AlternateQuestionMatch alternates;
    private readonly HashSet<string> anchorTerms;
    private readonly HashSet<string> strongAnchorTerms;
    private readonly Dictionary<string, int> activityTerms;
    private readonly IReadOnlyList<string[]> offTopic;
    private readonly IReadOnlyList<string[]> requests;
    private readonly IReadOnlyList<string[]> travel;
    private readonly string severalActivities;
    private readonly string amount;
    private readonly FieldType unnormalisedText = new(TextField.TYPE_NOT_STORED) { OmitNorms = true }; // title and keywords: no length norms

    public LanguageIndex(KnowledgeLanguage language, IReadOnlyList<SourceArticle> articles, KnowledgeBaseOptions options)
    {
        this.options = options;
        unnormalisedText.Freeze();
        Language = language;
        analyzer = new KnowledgeAnalyzer(language);
        questionAnalyzer = new KnowledgeAnalyzer(language, forQuestions: true);
        Articles = articles.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        articleCount = articles.Count;

        var passages = new List<IndexedPassage>();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in articles)
            {
                var articleTerms = Analyze(article.Title).Concat(article.Keywords.SelectMany(Analyze)).ToHashSet(StringComparer.Ordinal);
                var allTerms = new HashSet<string>(articleTerms, StringComparer.Ordinal);
                var keywords = string.Join(" ; ", article.Keywords);
                var whole = string.Join(Environment.NewLine, article.Passages.Select(p => p.Text));
                for (var n = 0; n < article.Passages.Count; n++)
                {
                    var text = article.Passages[n].Text;
                    var questions = string.Join(" ; ", article.Passages[n].Questions);
                    var body = Analyze(text).Concat(Analyze(questions)).ToHashSet(StringComparer.Ordinal);
                    var terms = new HashSet<string>(articleTerms, StringComparer.Ordinal);
                    terms.UnionWith(body);
                    allTerms.UnionWith(terms);
                    writer.AddDocument(new Document
                    {
                        new StoredField(PassageQuery.NumberField, passages.Count),
                        new TextField(PassageQuery.BodyField, text, Field.Store.NO),
                        new Field(PassageQuery.TitleField, article.Title, unnormalisedText),
                        new Field(PassageQuery.KeywordsField, keywords, unnormalisedText),
                        new TextField(PassageQuery.ArticleField, whole, Field.Store.NO),
                        new Field(PassageQuery.QuestionsField, questions, unnormalisedText),
                    });
                    passages.Add(new IndexedPassage(article, n, text, article.Passages[n].Source, terms, body)
                    {
                        States = FactKinds.Stated(text),
                        QuestionTerms = [.. article.Passages[n].Questions.Select(q => Analyze(questionAnalyzer, q).ToHashSet(StringComparer.Ordinal))],
                        QuestionTypes = [.. article.Passages[n].Questions.Select(QuestionTypes.Of)],
                    });
                }

                foreach (var term in allTerms)
                {
                    articleFrequency[term] = articleFrequency.GetValueOrDefault(term) + 1;
                }
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new ArticleIdfSimilarity(articleFrequency, articleCount) };
        passagesByDoc = new IndexedPassage[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            passagesByDoc[doc] = passages[reader.Document(doc).GetField(PassageQuery.NumberField).GetInt32Value() ?? 0];
        }

        Passages = passages;
        queries = new PassageQuery(reader.Context, options);
        alternates = new AlternateQuestionMatch(articleFrequency, articleCount, options);
        spelling = new SpellingCorrector(articleFrequency, options);
        var domainTerms = OneTokenTerms(DomainConcepts.For(language));
        strongAnchorTerms = OneTokenTerms(DomainEvidence.Anchors(language, strong: true));
        anchorTerms = OneTokenTerms(DomainEvidence.Anchors(language, strong: false));
        anchorTerms.UnionWith(strongAnchorTerms);
        var activities = DomainEvidence.Activities(language);
        activityTerms = Enumerable.Range(0, activities.Count).SelectMany(n => OneTokenTerms(activities[n]).Select(t => (t, n))).ToDictionary(p => p.t, p => p.n, StringComparer.Ordinal);
        offTopic = DomainEvidence.OffTopic(language);
        requests = DomainEvidence.OffTopic(language, requests: true);
        travel = DomainEvidence.Travel(language);
        // The in-domain gate and the concept weights read every positive sign: concepts, anchors and activity types.
        domainTerms.UnionWith(anchorTerms);
        domainTerms.UnionWith(activityTerms.Keys);
        severalActivities = Analyze(questionAnalyzer, "oneclaimperactivity").Single();
        amount = Analyze(questionAnalyzer, language == KnowledgeLanguage.Portuguese ? "valor" : "amount").Single();
        coverage = new PassageCoverage(articleFrequency, articleCount, domainTerms, OneTokenTerms(DomainEvidence.Actions(language)), options);
    }

    public KnowledgeLanguage Language { get; }

    public IReadOnlyDictionary<string, SourceArticle> Articles { get; }

    public int PassageCount => Passages.Count;

    public IReadOnlyList<IndexedPassage> Passages { get; } // in article order (SemanticPassages ranks them by meaning)

    /// <summary>Ranks the passages for a question; empty when nothing matches.</summary>
    public SearchResult Search(string question)
    {
        // A number no article uses (a date's day or year, an amount) says nothing about the topic.
        var terms = Analyze(questionAnalyzer, question).Distinct(StringComparer.Ordinal).Where(t => !PassageCoverage.IsNumber(t) || articleFrequency.ContainsKey(t)).ToList();
        if (terms.Count == 0)
        {
            return SearchResult.Empty with { Domain = Domain(question, terms) };
        }

        // Two activity types in one question ("a webinar and a trade show in one claim?") ask how claims are split,
        // and a sum it names ("approved for 90 bucks") asks about amounts.
        var several = terms.Where(activityTerms.ContainsKey).Select(t => activityTerms[t]).Distinct().Count() >= 2;
        terms.AddRange(new[] { several ? severalActivities : null, FactKinds.NamesAmount(question) ? amount : null }.OfType<string>().Except(terms).ToList());
        var spellings = terms.Select(spelling.NearSpellings).ToArray();
        var query = queries.For(terms, spellings);
        if (query.Clauses.Count == 0)
        {
            return SearchResult.Empty with { Terms = [.. terms.Select(t => new TermCoverage(t, 0, options.UnknownTermWeight, false))], Domain = Domain(question, terms) };
        }

        // An in-order collector keeps Lucene on BooleanScorer2: the out-of-order BooleanScorer
        // allocates a 2,048-bucket table per search (~150 KB), which dominated the answer time.
        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        searcher.Search(query, collector);
        var top = collector.GetTopDocs();
        if (top.ScoreDocs.Length == 0)
        {
            return SearchResult.Empty with { Domain = Domain(question, terms) };
        }

        // A passage one of whose alternate questions reads like the question gains up to QuestionMatchBonus.
        var type = QuestionTypes.Of(question);
        var hits = top.ScoreDocs
            .Select(d => (Passage: passagesByDoc[d.Doc], d.Score))
            .Select(d => (d.Passage, d.Score, Match: alternates.Best(terms, spellings, type, d.Passage)))
            .Select(d => new SearchHit(d.Passage, (float)(d.Score * (1 + (options.QuestionMatchBonus * d.Match)))) { QuestionMatch = d.Match })
            .OrderByDescending(h => h.Score)
            .ToList();

        // The answer must match a co-op concept of the question: the best passage that does leads ("how much can an on-site
        // champ cost?" is about the champ, not the everyday "cost"), and the line of the one activity type it names, when close.
        var lead = several ? hits.FindIndex(h => h.Passage.BodyTerms.Contains(severalActivities)) : -1;
        lead = lead >= 0 ? lead : hits.FindIndex(h => coverage.CoversDomain(terms, spellings, h.Passage));
        lead = AnswerPreferences.ActivityLine(activityTerms, terms, hits, Math.Max(lead, 0), options.CloseHitShare) is var line and >= 0 ? line : lead;
        if (lead > 0)
        {
            hits.Insert(0, hits[lead]);
            hits.RemoveAt(lead + 1);
        }

        // The activity types of a several-activities question are what "one claim per activity" covers.
        var domain = Domain(question, terms);
        var kept = Enumerable.Range(0, terms.Count).Where(i => !several || !activityTerms.ContainsKey(terms[i])).ToList();
        (terms, spellings) = ([.. kept.Select(i => terms[i])], [.. kept.Select(i => spellings[i])]);
        var (covered, details) = coverage.Of(terms, spellings, hits[0].Passage, domain);
        return new SearchResult(hits, covered, details) { Question = (terms, spellings), Domain = domain };
    }

    /// <summary>The same result with <paramref name="hit"/> first and the confidence of that passage.</summary>
    public SearchResult Promote(SearchResult result, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (covered, details) = coverage.Of(result.Question.Terms, result.Question.Spellings, hit.Passage, result.Domain);
        return result with { Hits = [hit, .. result.Hits.Where(h => h != hit)], Coverage = covered, Terms = details };
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        questionAnalyzer.Dispose();
    }

    /// <summary>
    /// Whether the question is clearly a co-op question (an anchor, or an activity type with an asked
    /// amount, duration or role), clearly about something else (an off-topic cue and no anchor), or neither.
    /// </summary>
    private QuestionDomain Domain(string question, List<string> terms)
    {
        // Another topic's words ("tax return") make a question off topic, or unclear when it also names a word only co-op
        // uses ("POE"); a request the bot does not serve ("write an invitation", "when is the next …") does so only when it
        // names no anchor at all ("when is the next deadline?"). A figure of the rules ("45", "30") is an anchor too.
        var anchored = terms.Exists(t => anchorTerms.Contains(t) || (t.Length > 1 && PassageCoverage.IsNumber(t)));
        var words = FactKinds.Words(question);
        var request = DomainEvidence.HoldsAny(words, requests);
        // An anchor beside an activity type outweighs a travel word: "can we claim the flight to Ignite" is a co-op question.
        var activity = terms.Exists(activityTerms.ContainsKey);
        return DomainEvidence.HoldsAny(words, offTopic) || (request && !anchored) || (DomainEvidence.HoldsAny(words, travel) && !(anchored && activity))
            ? (terms.Exists(strongAnchorTerms.Contains) ? QuestionDomain.Unclear : QuestionDomain.OffTopic)
            : !request && (anchored || (activity && FactKinds.Asked(question) != FactKind.None))
                ? QuestionDomain.CoopQuestion
                : QuestionDomain.Unclear;
    }

    /// <summary>The entries that read as one question token ("usage period"), never word by word ("partner" of "partner center").</summary>
    private HashSet<string> OneTokenTerms(IEnumerable<string> entries) =>
        entries.Select(c => Analyze(questionAnalyzer, c)).Where(t => t.Count == 1).Select(t => t[0]).ToHashSet(StringComparer.Ordinal);

    private List<string> Analyze(string text) => Analyze(analyzer, text);

    private static List<string> Analyze(Analyzer with, string text)
    {
        var terms = new List<string>();
        using var stream = with.GetTokenStream(PassageQuery.BodyField, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return terms;
    }
}
