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
    [InlineData("pt-BR", "campanha de e-mail", "campanha de email", "campanha de e mail")]
    [InlineData("pt-BR", "webinar", "webinário", "web seminário")]
    [InlineData("pt-BR", "mala direta", "mala-direta", "direct mail")]
    [InlineData("pt-BR", "prazo", "deadline", "data limite")]
    [InlineData("pt-BR", "reivindicação", "claim", "declaração")]
    [InlineData("pt-BR", "Declaração e Relatório de Certificação", "SAC", "CSR")]
    public void Spellings_of_one_concept_index_as_the_same_terms(string language, string first, string second, string third)
    {
        using var analyzer = new KnowledgeAnalyzer(KnowledgeLanguageExtensions.FromTag(language));

        var expected = Terms(analyzer, first);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Terms(analyzer, second));
        Assert.Equal(expected, Terms(analyzer, third));
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
    public void Every_language_has_rows_with_variants(string language)
    {
        var rows = DomainSynonyms.For(KnowledgeLanguageExtensions.FromTag(language)).ToList();

        Assert.True(rows.Count >= 30);
        Assert.All(rows, r => Assert.NotEmpty(r.Variants));
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
