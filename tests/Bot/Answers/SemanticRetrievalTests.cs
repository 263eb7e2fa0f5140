using System.Globalization;
using CoopAssistant.Bot.Answers;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>
/// Issue 20, meaning beside words: questions whose words no synonym table lists reach their passage through the sentence
/// model, questions outside the domain stay "I don't know", and the fusion rules hold with a deterministic fake model.
/// </summary>
public sealed class SemanticRetrievalTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("en-US", "estimated impressions box, which value goes in there", "claim-contents", "impressions")]
    [InlineData("en-US", "the expense line asks for impressions, what number do I put", "claim-contents", "impressions")]
    [InlineData("pt-BR", "montamos estande na feira do varejo, foto serve e o que mais", "proof-of-execution", "Feiras")]
    [InlineData("pt-BR", "o cliente pode recusar o vínculo com a gente", "cpor", "recusá-la")]
    public void A_question_in_words_no_table_lists_reaches_its_passage_through_the_model(string language, string question, string article, string snippet)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        using var wordsOnly = new LuceneKnowledgeBase(TimeProvider.System);

        var answer = fixture.Knowledge.Ask(question, culture);

        Assert.False(wordsOnly.Ask(question, culture).Found);
        Assert.True(answer.Found);
        Assert.Equal(article, answer.ArticleId);
        Assert.Contains(snippet, answer.Passage, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("en-US", "book me a table for lunch tomorrow")]
    [InlineData("en-US", "what's the capital of australia")]
    [InlineData("en-US", "how do I install teams on my phone")]
    [InlineData("en-US", "my laptop battery drains fast, any tips")]
    [InlineData("en-US", "what's the best pizza place near the office")]
    [InlineData("pt-BR", "qual a capital da austrália")]
    [InlineData("pt-BR", "como instalo o teams no celular")]
    [InlineData("pt-BR", "quem ganhou a final da champions")]
    [InlineData("pt-BR", "qual a melhor pizzaria perto do escritório")]
    public void A_question_outside_the_domain_stays_unknown_with_the_model(string language, string question)
    {
        Assert.False(fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(language)).Found);
    }

    [Fact]
    public void A_question_the_model_places_on_one_passage_is_answered_from_it()
    {
        const string question = "zorblat quimzy frobnicate";
        var (knowledge, embedder) = WithFake(question, ("deadline", 0));
        using (knowledge)
        {
            var answer = knowledge.Ask(question, English);

            Assert.True(answer.Found);
            Assert.Equal("deadline", answer.ArticleId);
            Assert.Equal(knowledge.Article("deadline", English)!.Passages[0], answer.Passage);
            Assert.Equal(1, embedder.QuestionCalls);
        }
    }

    [Theory]
    [InlineData(0.12, false)]
    [InlineData(0.0, true)]
    public void A_question_as_close_to_two_articles_is_unknown_unless_the_margin_is_off(double margin, bool found)
    {
        const string question = "zorblat quimzy frobnicate";
        var (knowledge, _) = WithFake(question, new KnowledgeBaseOptions { SemanticArticleMargin = margin }, ("deadline", 0), ("payment", 0));
        using (knowledge)
        {
            Assert.Equal(found, knowledge.Ask(question, English).Found);
        }
    }

    [Theory]
    [InlineData(2.0, "deadline")]
    [InlineData(0.15, "payment")]
    public void A_question_the_words_answer_keeps_its_passage_unless_rescoring_is_on(double rescoreMargin, string article)
    {
        const string question = "when is my claim due?";
        var (knowledge, _) = WithFake(question, new KnowledgeBaseOptions { SemanticRescoreMargin = rescoreMargin }, ("payment", 0));
        using (knowledge)
        {
            Assert.Equal(article, knowledge.Ask(question, English).ArticleId);
        }
    }

    [Fact]
    public void A_question_with_an_off_topic_cue_is_never_answered_by_meaning()
    {
        const string question = "what is the exchange rate today";
        var (knowledge, _) = WithFake(question, ("payment", 0));
        using (knowledge)
        {
            Assert.False(knowledge.Ask(question, English).Found);
        }
    }

    [Fact]
    public void Passage_vectors_are_computed_once_at_warm_up_and_only_questions_the_words_leave_unanswered_are_embedded()
    {
        var (knowledge, embedder) = WithFake("unused", ("deadline", 0));
        using (knowledge)
        {
            knowledge.WarmUp();
            knowledge.WarmUp();
            foreach (var question in new[] { "when is my claim due?", "how are we paid", "what is a POE", "zorblat quimzy", "blorp flumph" })
            {
                _ = knowledge.Ask(question, English);
            }

            Assert.Equal(2, embedder.PassageCalls); // one per language
            Assert.Equal(2, embedder.QuestionCalls); // the three the lexical ranking answers need no vector
        }
    }

    [Fact]
    public void When_the_model_cannot_run_questions_are_ranked_by_words_only()
    {
        var embedder = new UnavailableEmbedder();
        using var knowledge = new LuceneKnowledgeBase(EmbeddedArticles.Load(), new KnowledgeBaseOptions(), NullLogger.Instance, TimeProvider.System, embedder);

        knowledge.WarmUp();

        Assert.Equal("deadline", knowledge.Ask("when is my claim due?", English).ArticleId);
        Assert.False(knowledge.Ask("zorblat quimzy frobnicate", English).Found);
        Assert.Equal(2, embedder.Calls); // once per language at warm-up, never again
    }

    /// <summary>A knowledge base whose fake model says <paramref name="question"/> means the given passages ("title: text").</summary>
    private static (LuceneKnowledgeBase Knowledge, FakePassageEmbedder Embedder) WithFake(string question, params (string Article, int Passage)[] meant) =>
        WithFake(question, new KnowledgeBaseOptions(), meant);

    private static (LuceneKnowledgeBase Knowledge, FakePassageEmbedder Embedder) WithFake(string question, KnowledgeBaseOptions options, params (string Article, int Passage)[] meant)
    {
        var articles = EmbeddedArticles.Load();
        var texts = meant.Select(m => articles.Single(a => a.Id == m.Article && a.Language == KnowledgeLanguage.English) is var a ? $"{a.Title}: {a.Passages[m.Passage].Text}" : null).OfType<string>().ToArray();
        var embedder = new FakePassageEmbedder(new Dictionary<string, string[]> { [question] = texts });
        return (new LuceneKnowledgeBase(articles, options, NullLogger.Instance, TimeProvider.System, embedder), embedder);
    }

    /// <summary>A model whose native library is missing.</summary>
    private sealed class UnavailableEmbedder : IPassageEmbedder
    {
        public int Calls { get; private set; }

        public float[] EmbedQuestion(string question) => throw new DllNotFoundException("onnxruntime");

        public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts)
        {
            Calls++;
            throw new DllNotFoundException("onnxruntime");
        }
    }
}
