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
    private const string BodyField = "body";
    private const string TitleField = "title";
    private const string KeywordsField = "keywords";
    private const string ArticleField = "article";
    private const string QuestionsField = "questions";
    private const string NumberField = "n";

    private readonly KnowledgeBaseOptions options;
    private readonly Analyzer analyzer;
    private readonly Analyzer questionAnalyzer;
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IndexedPassage[] passagesByDoc;
    private readonly Dictionary<string, int> articleFrequency = new(StringComparer.Ordinal);
    private readonly int articleCount;
    private readonly Dictionary<char, string[]> vocabularyByInitial;
    private readonly Dictionary<string, Dictionary<string, (Term Term, TermContext Context)>> fieldTerms = new(StringComparer.Ordinal);
    private readonly HashSet<string> domainTerms;
    private readonly AlternateQuestionMatch alternates;

    // Title and keywords match or do not: no length normalisation, so a long keyword list is not penalised.
    private readonly FieldType unnormalisedText = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

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
                        new StoredField(NumberField, passages.Count),
                        new TextField(BodyField, text, Field.Store.NO),
                        new Field(TitleField, article.Title, unnormalisedText),
                        new Field(KeywordsField, keywords, unnormalisedText),
                        new TextField(ArticleField, whole, Field.Store.NO),
                        new Field(QuestionsField, questions, unnormalisedText),
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
            passagesByDoc[doc] = passages[reader.Document(doc).GetField(NumberField).GetInt32Value() ?? 0];
        }

        PassageCount = passages.Count;
        foreach (var field in new[] { BodyField, TitleField, KeywordsField, ArticleField, QuestionsField })
        {
            fieldTerms[field] = FieldTerms(reader.Context, field);
        }

        alternates = new AlternateQuestionMatch(articleFrequency, articleCount, options);
        vocabularyByInitial = articleFrequency.Keys.GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
        // A phrase counts only when it reads as one concept token ("usage period"), never word by word ("partner" of "partner center").
        domainTerms = DomainConcepts.For(language).Select(c => Analyze(questionAnalyzer, c)).Where(t => t.Count == 1).Select(t => t[0]).ToHashSet(StringComparer.Ordinal);
    }

    public KnowledgeLanguage Language { get; }

    public IReadOnlyDictionary<string, SourceArticle> Articles { get; }

    public int PassageCount { get; }

    /// <summary>Ranks the passages for a question; empty when nothing matches.</summary>
    public SearchResult Search(string question)
    {
        // A number no article uses (a date's day or year, an amount) says nothing about the topic.
        var terms = Analyze(questionAnalyzer, question).Distinct(StringComparer.Ordinal).Where(t => !IsNumber(t) || articleFrequency.ContainsKey(t)).ToList();
        if (terms.Count == 0)
        {
            return SearchResult.Empty;
        }

        var query = new BooleanQuery();
        var spellings = new List<string>[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            spellings[i] = NearSpellings(terms[i]);
            if (TermQuery(terms[i], spellings[i]) is { Clauses.Count: > 0 } termQuery)
            {
                query.Add(termQuery, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return SearchResult.Empty with { Terms = [.. terms.Select(t => new TermCoverage(t, 0, options.UnknownTermWeight, false))] };
        }

        // An in-order collector keeps Lucene on BooleanScorer2: the out-of-order BooleanScorer
        // allocates a 2,048-bucket table per search (~150 KB), which dominated the answer time.
        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        searcher.Search(query, collector);
        var top = collector.GetTopDocs();
        if (top.ScoreDocs.Length == 0)
        {
            return SearchResult.Empty;
        }

        // A passage one of whose alternate questions reads like the question gains up to QuestionMatchBonus.
        var type = QuestionTypes.Of(question);
        var hits = top.ScoreDocs
            .Select(d => (Passage: passagesByDoc[d.Doc], d.Score))
            .Select(d => (d.Passage, d.Score, Match: alternates.Best(terms, spellings, type, d.Passage)))
            .Select(d => new SearchHit(d.Passage, (float)(d.Score * (1 + (options.QuestionMatchBonus * d.Match)))) { QuestionMatch = d.Match })
            .OrderByDescending(h => h.Score)
            .ToList();

        // The answer must match a co-op concept of the question: the best passage that does leads
        // ("how much can an on-site champ cost?" is about the champ, not the everyday "cost").
        var lead = hits.FindIndex(h => CoversDomain(terms, spellings, h.Passage));
        if (lead > 0)
        {
            hits.Insert(0, hits[lead]);
            hits.RemoveAt(lead + 1);
        }

        var (coverage, details) = Coverage(terms, spellings, hits[0].Passage);
        return new SearchResult(hits, coverage, details) { Question = (terms, spellings) };
    }

    /// <summary>The same result with <paramref name="hit"/> first and the confidence of that passage.</summary>
    public SearchResult Promote(SearchResult result, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (coverage, details) = Coverage(result.Question.Terms, result.Question.Spellings, hit.Passage);
        return result with { Hits = [hit, .. result.Hits.Where(h => h != hit)], Coverage = coverage, Terms = details };
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        questionAnalyzer.Dispose();
    }

    /// <summary>
    /// One question term: the better of its title and keyword matches (the topic), its match in the
    /// passage itself (which passage of the topic answers), a light vote from the whole article, and
    /// the same for its near spellings when the term itself is not in the vocabulary (typos). The
    /// passage match is added to the topic match rather than competing with it: every passage of an
    /// article shares the title and keywords, so only the passage body can tell "trade shows:" from
    /// the article's introduction.
    /// </summary>
    private BooleanQuery TermQuery(string term, List<string> spellings)
    {
        var topic = new DisjunctionMaxQuery(0.3f);
        var query = new BooleanQuery();
        Add(term, 1f);
        foreach (var spelling in spellings)
        {
            Add(spelling, options.FuzzyBoost);
        }

        if (topic.Disjuncts.Count > 0)
        {
            query.Add(topic, Occur.SHOULD);
        }

        return query;

        void Add(string text, float weight)
        {
            foreach (var clause in new[] { Exact(TitleField, text, weight * options.TitleBoost), Exact(KeywordsField, text, weight * options.KeywordBoost) })
            {
                if (clause is not null)
                {
                    topic.Add(clause);
                }
            }

            if (Exact(BodyField, text, weight * options.PassageBoost) is { } body)
            {
                query.Add(body, Occur.SHOULD);
            }

            if (Exact(ArticleField, text, weight * options.ArticleBoost) is { } article)
            {
                query.Add(article, Occur.SHOULD);
            }

            if (Exact(QuestionsField, text, weight * options.QuestionBoost) is { } questions)
            {
                query.Add(questions, Occur.SHOULD);
            }
        }
    }

    private static bool IsNumber(string term)
    {
        foreach (var c in term)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return term.Length > 0;
    }

    /// <summary>
    /// A term query, or nothing when the field does not hold the term. The term's dictionary
    /// lookup (its <see cref="TermContext"/>) was done once at build time, so a question does not
    /// pay for it; clauses that cannot match are not built at all.
    /// </summary>
    private TermQuery? Exact(string field, string term, float boost) =>
        fieldTerms[field].TryGetValue(term, out var known) ? new TermQuery(known.Term, known.Context) { Boost = boost } : null;

    /// <summary>Every term of a field with its per-segment state, read with one pass over each segment's terms.</summary>
    private static Dictionary<string, (Term Term, TermContext Context)> FieldTerms(IndexReaderContext context, string field)
    {
        var terms = new Dictionary<string, (Term Term, TermContext Context)>(StringComparer.Ordinal);
        foreach (var leaf in context.Leaves)
        {
            var enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            while (enumerator is not null && enumerator.MoveNext())
            {
                var text = enumerator.Term.Utf8ToString();
                if (!terms.TryGetValue(text, out var known))
                {
                    known = (new Term(field, text), new TermContext(context));
                    terms[text] = known;
                }

                known.Context.Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
            }
        }

        return terms;
    }

    /// <summary>Vocabulary terms within one or two edits of a term the articles do not use (same first letter); empty for known terms.</summary>
    private List<string> NearSpellings(string term)
    {
        var edits = MaxEdits(term);
        if (edits == 0 || articleFrequency.ContainsKey(term) || !vocabularyByInitial.TryGetValue(term[0], out var candidates))
        {
            return [];
        }

        var near = new List<string>();
        foreach (var candidate in candidates)
        {
            if (Levenshtein.Within(term, candidate, edits))
            {
                near.Add(candidate);
            }
        }

        if (near.Count == 0)
        {
            // Another form of the same word that the stemmer left apart ("anexadas" / "anexe",
            // "associo" / "associar"): the one shares the other's start and ends a few letters later.
            foreach (var candidate in candidates)
            {
                if (SameWordStart(term, candidate))
                {
                    near.Add(candidate);
                }
            }
        }

        return near;
    }

    /// <summary>
    /// Whether two terms read as forms of one word: they share a start of at least
    /// <see cref="KnowledgeBaseOptions.FuzzyMinLength"/> letters that leaves at most two letters of the
    /// shorter and three of the longer ("anexe" / "anexadas", "questiono" / "questionar").
    /// </summary>
    private bool SameWordStart(string term, string candidate)
    {
        var shared = 0;
        while (shared < term.Length && shared < candidate.Length && term[shared] == candidate[shared])
        {
            shared++;
        }

        var (shorter, longer) = term.Length <= candidate.Length ? (term.Length, candidate.Length) : (candidate.Length, term.Length);
        return shared >= options.FuzzyMinLength && shorter - shared <= 2 && longer - shared <= 3;
    }

    private int MaxEdits(string term) =>
        term.Length >= options.FuzzyTwoEditsLength ? 2 : term.Length >= options.FuzzyMinLength ? 1 : 0;

    /// <summary>
    /// The share of the question's information the best passage covers: each question term is
    /// weighted by its rarity across articles (a term no article uses weighs
    /// <see cref="KnowledgeBaseOptions.UnknownTermWeight"/>), and counts as covered when the passage,
    /// its title or its keywords hold it (a near spelling earns <see cref="KnowledgeBaseOptions.CorrectionCredit"/>
    /// of its weight: a corrected word is a guess). Scaled down when the covered
    /// weight is below <see cref="KnowledgeBaseOptions.MinimumCoveredWeight"/>.
    /// </summary>
    private (double Coverage, List<TermCoverage> Terms) Coverage(List<string> terms, List<string>[] spellings, IndexedPassage best)
    {
        double total = 0;
        double covered = 0;
        var details = new List<TermCoverage>(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var frequency = articleFrequency.GetValueOrDefault(term);
            var weight = frequency == 0 ? options.UnknownTermWeight : Math.Log(1 + ((double)articleCount / frequency));
            var credit = best.Terms.Contains(term) ? 1 : spellings[i].Exists(best.Terms.Contains) ? options.CorrectionCredit : 0;
            var isCovered = credit > 0;
            total += weight;
            covered += weight * credit;
            details.Add(new TermCoverage(term, frequency, weight, isCovered));
        }

        // A question made only of words every article uses ("claim?") carries too little to answer,
        // and one whose matched words are all everyday words ("partner of the year") is not about co-op.
        var evidence = Math.Min(1, covered / options.MinimumCoveredWeight);
        return (total == 0 || !CoversDomain(terms, spellings, best) ? 0 : evidence * covered / total, details);
    }

    /// <summary>Whether the passage (with its title and keywords) holds a co-op concept of the question (<see cref="DomainConcepts"/>), as written or as a near spelling.</summary>
    private bool CoversDomain(List<string> terms, List<string>[] spellings, IndexedPassage passage)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            // A figure of the rules ("45" days, "24" months, "200") counts as a concept; a one-digit number does not.
            var concept = domainTerms.Contains(terms[i]) || (terms[i].Length > 1 && IsNumber(terms[i]));
            if ((concept && passage.Terms.Contains(terms[i])) || spellings[i].Exists(s => domainTerms.Contains(s) && passage.Terms.Contains(s)))
            {
                return true;
            }
        }

        return false;
    }

    private List<string> Analyze(string text) => Analyze(analyzer, text);

    private static List<string> Analyze(Analyzer with, string text)
    {
        var terms = new List<string>();
        using var stream = with.GetTokenStream(BodyField, text);
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
