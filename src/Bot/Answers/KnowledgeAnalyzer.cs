using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Lower-cases, folds accents (so "reivindicação" and "reivindicacao" meet), drops stop words
/// (folded too) and stems: Portuguese light stemmer or English possessive + Porter.
/// </summary>
internal sealed class KnowledgeAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly KnowledgeLanguage language;
    private readonly CharArraySet stopWords;

    public KnowledgeAnalyzer(KnowledgeLanguage language)
    {
        this.language = language;
        stopWords = new CharArraySet(Version, StopWords.For(language), ignoreCase: true);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (language == KnowledgeLanguage.English)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, stopWords);
        stream = language == KnowledgeLanguage.Portuguese
            ? new PortugueseLightStemFilter(stream)
            : new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
