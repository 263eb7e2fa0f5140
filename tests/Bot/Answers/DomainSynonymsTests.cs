using CoopAssistant.Bot.Answers;
using Lucene.Net.Analysis.TokenAttributes;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class DomainSynonymsTests
{
    [Theory]
    [InlineData("en-US", "email campaign", "e-mail campaign", "e mail campaign")]
    [InlineData("en-US", "webinar", "web seminar", "seminar")]
    [InlineData("en-US", "tradeshow booth", "trade show booth", "trade-show booth")]
    [InlineData("en-US", "telemarketing", "tele-marketing", "tele marketing")]
    [InlineData("en-US", "in-house work", "in house work", "inhouse work")]
    [InlineData("en-US", "co-op funds", "coop funds", "co op funds")]
    [InlineData("en-US", "email blast", "e-mail blast", "e mail blast")]
    [InlineData("pt-BR", "campanha de e-mail", "campanha de email", "campanha de e mail")]
    [InlineData("pt-BR", "webinar", "webinário", "web seminário")]
    [InlineData("pt-BR", "mala direta", "mala-direta", "maladireta")]
    [InlineData("pt-BR", "reivindicação", "claim", "declaração")]
    [InlineData("pt-BR", "reivindicação", "reivindicações", "reivindicacoes")]
    [InlineData("pt-BR", "solicitação", "solicitações", "solicitacoes")]
    public void Spellings_and_single_word_synonyms_index_as_the_same_terms(string language, string first, string second, string third)
    {
        using var analyzer = new KnowledgeAnalyzer(KnowledgeLanguageExtensions.FromTag(language));

        var expected = Terms(analyzer, first);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Terms(analyzer, second));
        Assert.Equal(expected, Terms(analyzer, third));
    }

    [Theory]
    [InlineData("en-US", "POE", "proof of execution", "proofs of execution")]
    [InlineData("en-US", "CSR", "certification service report", "certification statement and report")]
    [InlineData("pt-BR", "prazo", "data limite", "até que dia")]
    [InlineData("pt-BR", "SAC", "Declaração e Relatório de Certificação", "certification service report")]
    [InlineData("pt-BR", "mala direta", "direct mail", "malas diretas")]
    public void Phrases_for_one_concept_share_its_token_and_keep_their_words(string language, string concept, string phrase, string other)
    {
        using var analyzer = new KnowledgeAnalyzer(KnowledgeLanguageExtensions.FromTag(language));

        var token = Assert.Single(Terms(analyzer, concept));

        Assert.Contains(token, Terms(analyzer, phrase));
        Assert.Contains(token, Terms(analyzer, other));
    }

    [Fact]
    public void A_word_of_a_concept_phrase_still_matches_on_its_own()
    {
        using var analyzer = new KnowledgeAnalyzer(KnowledgeLanguage.English);

        var proof = Assert.Single(Terms(analyzer, "proof"));

        Assert.Contains(proof, Terms(analyzer, "keep the proof of execution"));
    }

    [Fact]
    public void Declaration_inside_the_certification_statement_or_a_statement_of_work_is_not_a_claim()
    {
        using var analyzer = new KnowledgeAnalyzer(KnowledgeLanguage.Portuguese);

        var claim = Assert.Single(Terms(analyzer, "declaração"));

        Assert.DoesNotContain(claim, Terms(analyzer, "Declaração e Relatório de Certificação"));
        Assert.DoesNotContain(claim, Terms(analyzer, "declaração de trabalho (SOW)"));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("pt-BR")]
    public void Every_language_has_spelling_and_concept_rows_with_variants(string language)
    {
        var spellings = DomainSynonyms.For(DomainSynonyms.Spellings, KnowledgeLanguageExtensions.FromTag(language)).ToList();
        var concepts = DomainSynonyms.For(DomainSynonyms.Concepts, KnowledgeLanguageExtensions.FromTag(language)).ToList();

        Assert.True(spellings.Count >= 10);
        Assert.True(concepts.Count >= 30);
        Assert.All(spellings.Concat(concepts), r => Assert.NotEmpty(r.Variants));
    }

    private static List<string> Terms(KnowledgeAnalyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
