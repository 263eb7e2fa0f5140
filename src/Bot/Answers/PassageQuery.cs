using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Builds the Lucene query of a question over one language's passage index: its field names, and
/// every term of every field with its per-segment state, read once at build time so that a question
/// does not pay for the term dictionary lookups. Immutable; thread-safe.
/// </summary>
internal sealed class PassageQuery
{
    public const string BodyField = "body";
    public const string TitleField = "title";
    public const string KeywordsField = "keywords";
    public const string ArticleField = "article";
    public const string QuestionsField = "questions";
    public const string NumberField = "n";

    private readonly Dictionary<string, Dictionary<string, (Term Term, TermContext Context)>> fieldTerms = new(StringComparer.Ordinal);
    private readonly KnowledgeBaseOptions options;

    public PassageQuery(IndexReaderContext context, KnowledgeBaseOptions options)
    {
        this.options = options;
        foreach (var field in new[] { BodyField, TitleField, KeywordsField, ArticleField, QuestionsField })
        {
            fieldTerms[field] = FieldTerms(context, field);
        }
    }

    /// <summary>One SHOULD clause per question term that some field holds (as written or as a near spelling).</summary>
    public BooleanQuery For(List<string> terms, List<string>[] spellings)
    {
        var query = new BooleanQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            if (TermQuery(terms[i], spellings[i]) is { Clauses.Count: > 0 } termQuery)
            {
                query.Add(termQuery, Occur.SHOULD);
            }
        }

        return query;
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
}
