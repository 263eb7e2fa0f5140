using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class KnowledgeBaseTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    private LuceneKnowledgeBase Knowledge => fixture.Knowledge;

    [Fact]
    public void Ask_DeadlineQuestion_AnswersWithTheBestPassageNotTheWholeArticle()
    {
        var answer = Knowledge.Ask("when is my claim due?", English);
        var article = Knowledge.Article("deadline", English);

        Assert.True(answer.Found);
        Assert.Equal("deadline", answer.ArticleId);
        Assert.NotNull(article);
        Assert.Contains(answer.Passage, article.Passages);
        Assert.Contains("45 days", answer.Passage, StringComparison.Ordinal);
        Assert.Equal(article.Title, answer.Title);
        Assert.Equal(new Uri("https://learn.microsoft.com/partner-center/incentives/claims-overview"), answer.Source);
        Assert.InRange(answer.Confidence, 0.45, 1.0);
    }

    [Fact]
    public void Ask_Found_OffersOneOrTwoRelatedTopicsOtherThanTheAnswer()
    {
        var answer = Knowledge.Ask("o que preciso anexar para uma feira?", Portuguese);

        Assert.True(answer.Found);
        Assert.InRange(answer.Related.Count, 1, 2);
        Assert.DoesNotContain(answer.Related, t => t.ArticleId == answer.ArticleId);
        var titles = Knowledge.Topics(Portuguese).ToDictionary(t => t.ArticleId, t => t.Title);
        Assert.All(answer.Related, t => Assert.Equal(titles[t.ArticleId], t.Title));
    }

    [Theory]
    [InlineData("what's the weather?", "en-US")]
    [InlineData("qual é a capital da França?", "pt-BR")]
    [InlineData("claim?", "en-US")]
    [InlineData("", "pt-BR")]
    [InlineData("   ", "en-US")]
    public void Ask_OutsideTheDomainOrEmpty_SaysUnknownAndOffersTheTopicList(string question, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);

        var answer = Knowledge.Ask(question, culture);

        Assert.False(answer.Found);
        Assert.Null(answer.ArticleId);
        Assert.Null(answer.Passage);
        Assert.Null(answer.Source);
        Assert.Equal(Knowledge.Topics(culture), answer.Related);
        Assert.True(answer.Confidence < 0.45);
    }

    [Fact]
    public void Ask_PortugueseTextWithEnglishLocale_AnswersInPortuguese()
    {
        var answer = Knowledge.Ask("por quanto tempo tenho que guardar os documentos originais", English);

        Assert.True(answer.Found);
        Assert.Equal("retention", answer.ArticleId);
        Assert.Equal("pt-BR", answer.Language.Name);
        Assert.Contains("24 meses", answer.Passage, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://learn.microsoft.com/pt-br/partner-center/incentives/claims-overview"), answer.Source);
    }

    [Theory]
    [InlineData("qual o prazo da reivindicação")]
    [InlineData("qual o prazo da reivindicacao")]
    [InlineData("QUAL O PRAZO DA REIVINDICACAO")]
    [InlineData("qual o praso da reivindicasao")]
    public void Ask_WithoutAccentsInCapitalsOrWithTypos_FindsTheSameArticle(string question) =>
        Assert.Equal("deadline", Knowledge.Ask(question, Portuguese).ArticleId);

    [Fact]
    public void Ask_TypoInTheOnlyKeyWord_IsCorrected() =>
        Assert.Equal("deadline", Knowledge.Ask("i missed the deadlne", English).ArticleId);

    [Fact]
    public void Ask_ActivityTypeQuestion_QuotesThatActivitysPassage()
    {
        var answer = Knowledge.Ask("proof of execution for a trade show", English);

        Assert.Equal("proof-of-execution", answer.ArticleId);
        Assert.StartsWith("Trade shows:", answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evidence for spiffs", "en-US", "Customer offers and SPIFFs:")]
    [InlineData("what POE does an on-site champ need", "en-US", "On-site champ:")]
    [InlineData("proof for a direct mail piece", "en-US", "Direct mail, email and SMS:")]
    [InlineData("o que mandar de POE para ofertas ao cliente", "pt-BR", "Ofertas ao cliente e SPIFFs:")]
    [InlineData("que prova serve para telemarketing", "pt-BR", "Telemarketing:")]
    [InlineData("comprovação de execução de feira", "pt-BR", "Feiras (trade shows):")]
    public void Ask_OneActivityType_QuotesThatActivitysPassageNotTheIntroduction(string question, string locale, string start)
    {
        var answer = Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal("proof-of-execution", answer.ArticleId);
        Assert.StartsWith(start, answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "proof for an email newsletter", "proof for an e-mail newsletter", "proof for an e mail newsletter")]
    [InlineData("en-US", "webinar proof of execution", "web seminar proof of execution", "proof of execution for a seminar")]
    [InlineData("en-US", "co-op claim deadline", "coop claim deadline", "co op claim deadline")]
    [InlineData("pt-BR", "prova de newsletter por e-mail", "prova de newsletter por email", "prova de newsletter por e mail")]
    [InlineData("pt-BR", "POE de webinar", "POE de webinário", "POE de web seminário")]
    [InlineData("pt-BR", "prazo da reivindicação", "deadline da reivindicação", "prazo do claim")]
    public void Ask_CompoundWordsWrittenTogetherApartOrHyphenated_GetTheSameAnswer(string locale, string first, string second, string third)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var expected = Knowledge.Ask(first, culture);

        Assert.True(expected.Found);
        Assert.Equal(expected.Passage, Knowledge.Ask(second, culture).Passage);
        Assert.Equal(expected.Passage, Knowledge.Ask(third, culture).Passage);
    }

    [Theory]
    [InlineData("is there a minimum before incentives are paid out", "en-US", "payment", "$200")]
    [InlineData("existe valor mínimo para receber o pagamento", "pt-BR", "payment", "US$ 200")]
    [InlineData("can a claim have neither an invoice nor a CSR", "en-US", "claim-contents", "at least one")]
    [InlineData("toda reivindicação precisa de um documento de custo?", "pt-BR", "claim-contents", "pelo menos um")]
    [InlineData("how many currencies can one claim use", "en-US", "vendor-invoices", "currency")]
    [InlineData("quantas moedas uma reivindicação pode ter", "pt-BR", "vendor-invoices", "moeda")]
    public void Ask_FactsTheArticlesWereMissing_AreAnswered(string question, string locale, string articleId, string words)
    {
        var answer = Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal(articleId, answer.ArticleId);
        Assert.Contains(words, answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadline for co-op claims?", "en-US", "deadline", "Submit your claim")]
    [InlineData("qual é o prazo das reivindicações de co-op", "pt-BR", "deadline", "Envie a sua reivindicação")]
    [InlineData("how long do we keep originals", "en-US", "retention", "Keep all your original documents")]
    public void Ask_QuestionThatPointsAtNoOnePassage_GetsTheArticlesMainRule(string question, string locale, string articleId, string start)
    {
        var answer = Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal(articleId, answer.ArticleId);
        Assert.StartsWith(start, answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FactNoPageStates_AnswersWithoutASourceLink()
    {
        var answer = Knowledge.Ask("approved before the 14th, paid that month?", English);

        Assert.Equal("payment", answer.ArticleId);
        Assert.Contains("14th", answer.Passage, StringComparison.Ordinal);
        Assert.Null(answer.Source);
    }

    [Fact]
    public void Topics_ListEveryArticleInTheLocalesLanguage()
    {
        var english = Knowledge.Topics(English);
        var portuguese = Knowledge.Topics(Portuguese);

        Assert.Equal(15, english.Count);
        Assert.Equal(english.Select(t => t.ArticleId), portuguese.Select(t => t.ArticleId));
        Assert.Contains(portuguese, t => t.Title.Contains("Prazo", StringComparison.Ordinal));
        Assert.Equal(english, Knowledge.Topics(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Article_KnownId_ReturnsTheWholeArticleWithRelatedTopics()
    {
        var article = Knowledge.Article("proof-of-execution", Portuguese);

        Assert.NotNull(article);
        Assert.Equal("pt-BR", article.Language.Name);
        Assert.True(article.Passages.Count > 10);
        Assert.Contains(article.Passages, p => p.StartsWith("Feiras", StringComparison.Ordinal));
        Assert.NotEmpty(article.Related);
    }

    [Theory]
    [InlineData("no-such-topic")]
    [InlineData("")]
    public void Article_UnknownId_ReturnsNull(string id) => Assert.Null(Knowledge.Article(id, English));

    [Fact]
    public void Ask_FromManyThreadsAtOnce_GivesTheSameAnswersAsOneThread()
    {
        var questions = LabelledQuestion.Parse(QuestionSetData.EnglishTuning).Select(q => q.Question).ToArray();
        var sequential = questions.Select(q => Knowledge.Ask(q, English).ArticleId).ToArray();

        var parallel = new string?[questions.Length];
        Parallel.For(0, questions.Length * 4, i => parallel[i % questions.Length] = Knowledge.Ask(questions[i % questions.Length], English).ArticleId);

        Assert.Equal(sequential, parallel);
    }
}
