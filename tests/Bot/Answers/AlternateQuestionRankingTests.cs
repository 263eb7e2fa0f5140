using System.Globalization;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>Ranking by alternate questions, question words and other word forms (issue 20b), on the embedded articles.</summary>
public sealed class AlternateQuestionRankingTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    [Theory]
    [InlineData("como criar uma reivindicação no partner center", "pt-BR", "create-claim", "Incentiv")]
    [InlineData("quem pode criar uma reivindicação", "pt-BR", "roles", "Administrador de incentivos")]
    [InlineData("o cliente pode recusar a associação de cliente", "pt-BR", "cpor", "recus")]
    [InlineData("can the customer refuse the customer association", "en-US", "cpor", "decline")]
    [InlineData("how many days do i have to answer a documentation request", "en-US", "additional-documentation", "not confirmed")]
    [InlineData("qual o prazo do pedido de documentação", "pt-BR", "additional-documentation", "não está confirmado")]
    public void Ask_QuestionReadingLikeAnAlternateQuestion_QuotesThatPassage(string question, string locale, string articleId, string words)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal(articleId, answer.ArticleId);
        Assert.Contains(words, answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownVerbForm_MeetsTheKnownFormWithTheSameStart()
    {
        var (_, result) = fixture.Knowledge.Search("antes anexávamos a fatura do fornecedor", CultureInfo.GetCultureInfo("pt-BR"));

        var (terms, spellings) = result.Question;
        var verb = terms.FindIndex(t => t.StartsWith("anexav", StringComparison.Ordinal));
        Assert.True(verb >= 0, string.Join(", ", terms));
        Assert.Contains(spellings[verb], s => s.StartsWith("anex", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("how do I share my screen in teams", "en-US")]
    [InlineData("how do i change my outlook signature", "en-US")]
    public void Ask_EverydayQuestionSharingOnlyAWordStart_SaysUnknown(string question, string locale) =>
        Assert.False(fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale)).Found);
}
