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
/// synonyms and compound spellings to one token (<see cref="DomainSynonyms"/>), drops stop words
/// (folded too) and stems: Portuguese light stemmer or English possessive + Porter.
/// </summary>
internal sealed class KnowledgeAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly KnowledgeLanguage language;
    private readonly CharArraySet stopWords;
    private readonly SynonymMap synonyms;

    public KnowledgeAnalyzer(KnowledgeLanguage language)
    {
        this.language = language;
        stopWords = new CharArraySet(Version, StopWords.For(language), ignoreCase: true);
        synonyms = BuildSynonyms(language);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalize(language, tokenizer);
        stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        stream = new StopFilter(Version, stream, stopWords);
        stream = language == KnowledgeLanguage.Portuguese
            ? new PortugueseLightStemFilter(stream)
            : new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The steps before synonym matching: lower case, English possessives, accent folding.</summary>
    private static ASCIIFoldingFilter Normalize(KnowledgeLanguage language, TokenStream stream)
    {
        stream = new LowerCaseFilter(Version, stream);
        if (language == KnowledgeLanguage.English)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        return new ASCIIFoldingFilter(stream);
    }

    private static SynonymMap BuildSynonyms(KnowledgeLanguage language)
    {
        using var phrases = new PhraseAnalyzer(language);
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var (canonical, variants) in DomainSynonyms.For(language))
        {
            var output = new CharsRef(string.Concat(phrases.Tokens(canonical)));
            foreach (var variant in variants)
            {
                var input = phrases.Tokens(variant);
                if (input.Count > 0)
                {
                    builder.Add(SynonymMap.Builder.Join([.. input], new CharsRef()), output, includeOrig: false);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>Splits a synonym phrase into the tokens the synonym filter sees.</summary>
    private sealed class PhraseAnalyzer(KnowledgeLanguage language) : Analyzer
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
            return new TokenStreamComponents(tokenizer, Normalize(language, tokenizer));
        }
    }
}
