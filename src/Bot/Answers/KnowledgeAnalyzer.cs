using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Lower-cases, folds accents (so "reivindicação" and "reivindicacao" meet), maps the domain's
/// compound spellings and synonyms to one token (<see cref="DomainSynonyms"/>), drops stop words
/// (folded too) and stems: Portuguese light stemmer or English possessive + Porter. The article
/// side keeps the words of a multi-word concept phrase beside its token, so a question that says
/// only "proof" still finds "proof of execution"; the question side does not, so a question that
/// says "proof of execution" counts the concept once, not three times.
/// </summary>
internal sealed class KnowledgeAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly KnowledgeLanguage language;
    private readonly CharArraySet stopWords;
    private readonly SynonymMap spellings;
    private readonly SynonymMap concepts;

    /// <param name="language">The articles' language.</param>
    /// <param name="forQuestions">True to read questions (concept phrases become their token only), false to index articles.</param>
    public KnowledgeAnalyzer(KnowledgeLanguage language, bool forQuestions = false)
    {
        this.language = language;
        stopWords = new CharArraySet(Version, StopWords.For(language), ignoreCase: true);
        using var phrases = new PhraseAnalyzer(language, null);
        spellings = BuildSynonyms(phrases, DomainSynonyms.Spellings, language, keepPhraseWords: false);
        using var spelled = new PhraseAnalyzer(language, spellings);
        concepts = BuildSynonyms(spelled, DomainSynonyms.Concepts, language, keepPhraseWords: !forQuestions);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalize(language, tokenizer);
        stream = WithSynonyms(stream, spellings);
        stream = WithSynonyms(stream, concepts);
        stream = new StopFilter(Version, stream, stopWords);
        stream = language == KnowledgeLanguage.Portuguese
            ? new PortugueseLightStemFilter(stream)
            : new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The synonym filter, or the stream as is when the map is empty (Lucene's filter refuses an empty map).</summary>
    private static TokenStream WithSynonyms(TokenStream stream, SynonymMap map) =>
        map.Fst is null ? stream : new SynonymFilter(stream, map, ignoreCase: false);

    /// <summary>The steps before synonym matching: lower case, English possessives, accent folding, folded Portuguese "-ões" plurals.</summary>
    private static TokenStream Normalize(KnowledgeLanguage language, TokenStream stream)
    {
        stream = new LowerCaseFilter(Version, stream);
        if (language == KnowledgeLanguage.English)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        stream = new ASCIIFoldingFilter(stream);
        return language == KnowledgeLanguage.Portuguese ? new PortugueseFoldedPluralFilter(stream) : stream;
    }

    /// <summary>
    /// One synonym map from a table; <paramref name="phrases"/> reads each entry the way the text
    /// reaches this map. With <paramref name="keepPhraseWords"/>, a phrase of several words keeps
    /// them beside its canonical token; a single word is always replaced.
    /// </summary>
    private static SynonymMap BuildSynonyms(PhraseAnalyzer phrases, string table, KnowledgeLanguage language, bool keepPhraseWords)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var (canonical, variants) in DomainSynonyms.For(table, language))
        {
            var output = new CharsRef(string.Concat(phrases.Tokens(canonical)));
            foreach (var variant in variants)
            {
                var input = phrases.Tokens(variant);
                if (input.Count > 0 && !(input.Count == 1 && input[0] == output.ToString()))
                {
                    builder.Add(SynonymMap.Builder.Join([.. input], new CharsRef()), output, includeOrig: keepPhraseWords && input.Count > 1);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>Splits a synonym phrase into the tokens a synonym map sees (after <paramref name="spellings"/>, when given).</summary>
    private sealed class PhraseAnalyzer(KnowledgeLanguage language, SynonymMap? spellings) : Analyzer
    {
        public List<string> Tokens(string phrase)
        {
            var tokens = new List<string>();
            using var stream = GetTokenStream("phrase", phrase);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(term.ToString());
            }

            stream.End();
            return tokens;
        }

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = Normalize(language, tokenizer);
            if (spellings is not null)
            {
                stream = WithSynonyms(stream, spellings);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
