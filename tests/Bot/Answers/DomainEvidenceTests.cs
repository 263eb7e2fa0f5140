using System.Globalization;
using CoopAssistant.Bot.Answers;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>
/// Issue 20q2: the in-domain decision from positive evidence (co-op anchors, an activity type with an asked fact),
/// words no article knows made neutral in a clear co-op question, the explicit off-topic check, two activity types
/// in one question, and the passage that holds more of the question.
/// </summary>
public sealed class DomainEvidenceTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("en-US", "zorblax quoddle frimble blorp campaign on linkedin, what proof do we need", "Digital ads")]
    [InlineData("pt-BR", "campanha zorblax quoddle frimble blorp no linkedin, qual comprovante", "Anúncios digitais")]
    public void A_clear_coop_question_is_answered_despite_words_no_article_knows(string locale, string question, string line)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        using var strict = new LuceneKnowledgeBase(EmbeddedArticles.Load(), new KnowledgeBaseOptions { NeutralUnknownWeight = 2.0, EverydayWordShare = 1.0 }, NullLogger.Instance, TimeProvider.System);

        var answer = fixture.Knowledge.Ask(question, culture);

        // Weighed like any other word (the old gate), the two made-up words sink the answer.
        Assert.False(strict.Ask(question, culture).Found);
        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal("proof-of-execution", answer.ArticleId);
        Assert.StartsWith(line, answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "what's the deadline to book a flight to the partner event")]
    [InlineData("en-US", "can you design a postcard for our trade show")]
    [InlineData("en-US", "how do I claim my travel expenses for the webinar")]
    [InlineData("pt-BR", "qual o prazo do boleto da gráfica")]
    [InlineData("pt-BR", "escreve um email marketing pro nosso webinar")]
    public void A_request_about_something_else_that_shares_coop_words_gets_I_dont_know(string locale, string question)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.False(answer.Found, $"answered from {answer.ArticleId}: {answer.Passage}");
    }

    [Theory]
    [InlineData("en-US", "when is the next deadline for my claims", "deadline")]
    [InlineData("pt-BR", "quando é o próximo prazo das minhas reivindicações", "deadline")]
    public void A_request_shape_beside_a_coop_anchor_stays_a_question(string locale, string question, string article)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal(article, answer.ArticleId);
    }

    [Fact]
    public void A_word_only_coop_uses_keeps_a_question_that_also_names_another_topic()
    {
        var answer = fixture.Knowledge.Ask("POE for our seminar at the airport", English);

        Assert.True(answer.Found);
        Assert.StartsWith("Seminars", answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "can I put a telemarketing campaign and a print ad in one claim", "one claim per activity")]
    [InlineData("pt-BR", "dá pra juntar telemarketing e anúncio impresso numa reivindicação só?", "uma reivindicação por atividade")]
    public void Two_activity_types_in_one_question_get_the_one_claim_per_activity_passage(string locale, string question, string snippet)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal("create-claim", answer.ArticleId);
        Assert.Contains(snippet, answer.Passage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_question_naming_a_sum_gets_the_passage_that_states_the_amount()
    {
        var answer = fixture.Knowledge.Ask("our claim was approved for 120 bucks, is it paid this month", English);

        Assert.Equal("payment", answer.ArticleId);
        Assert.Contains("$200", answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_passage_holding_every_question_word_of_the_best_and_more_answers()
    {
        var answer = fixture.Knowledge.Ask("what info do i need for a CPOR", English);

        Assert.Equal("cpor", answer.ArticleId);
        Assert.Contains("tenant ID", answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_topic_cues_match_whole_word_sequences_only()
    {
        var cues = DomainEvidence.OffTopic(KnowledgeLanguage.English);

        var requests = DomainEvidence.OffTopic(KnowledgeLanguage.English, requests: true);

        Assert.True(DomainEvidence.HoldsAny(FactKinds.Words("Can you BOOK a room?"), requests));
        Assert.False(DomainEvidence.HoldsAny(FactKinds.Words("is booking a webinar platform covered"), requests));
        Assert.True(DomainEvidence.HoldsAny(FactKinds.Words("what's the exchange rate today"), cues));
        Assert.True(DomainEvidence.HoldsAny(FactKinds.Words("qual a cotação do dólar"), DomainEvidence.OffTopic(KnowledgeLanguage.Portuguese)));
        Assert.False(DomainEvidence.HoldsAny(FactKinds.Words("qual o prazo da reivindicação"), DomainEvidence.OffTopic(KnowledgeLanguage.Portuguese)));
    }

    [Fact]
    public void Every_activity_type_word_reads_as_one_question_token()
    {
        foreach (var language in new[] { KnowledgeLanguage.English, KnowledgeLanguage.Portuguese })
        {
            using var reader = new KnowledgeAnalyzer(language, forQuestions: true);
            foreach (var word in DomainEvidence.Activities(language).SelectMany(a => a))
            {
                Assert.Single(Tokens(reader, word));
            }
        }
    }

    private static List<string> Tokens(KnowledgeAnalyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
