using System.Globalization;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>
/// Issue 20q4: trade words by family (outbound sales, postal mail, course platforms, dinners, webinar platforms, showroom
/// units, email platforms), the line of the one activity type a question names, cut-off words beside a usage end, the bot's
/// abilities asked as "will you" / "can you calculate", and an event's dates and city staying outside the domain. The
/// questions are written for these tests, not taken from a held-out set.
/// </summary>
public sealed class TradeVocabularyTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    [Theory]
    [InlineData("pt-BR", "telemkt terceirizado, o que anexo", "Telemarketing")]
    [InlineData("pt-BR", "mandamos kit por sedex pros clientes, que prova guardo", "Mala direta")]
    [InlineData("en-US", "executive dinner with 10 customers, proof?", "Seminars")]
    [InlineData("pt-BR", "jantar com 15 clientes, que comprovacao serve", "Seminários")]
    [InlineData("en-US", "roundtable with 8 cios, what proof", "Seminars")]
    [InlineData("pt-BR", "computadores de vitrine na loja, ate quanto", "Unidades de demonstração")]
    [InlineData("pt-BR", "mandei emkt pelo mailchimp, o que anexo", "Mala direta, e-mail e SMS")]
    [InlineData("en-US", "udemy licences for the support staff, evidence", "Readiness, exams and tuition")]
    public void A_trade_word_finds_its_activity_line(string locale, string question, string line)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.StartsWith(line, answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "usage ended 3/31/2027, cutoff?", 2027, 5, 15)]
    [InlineData("pt-BR", "uso encerra 30/06/27, envio ate qdo", 2027, 8, 14)]
    public void A_cut_off_word_beside_a_usage_end_computes_the_deadline(string locale, string question, int year, int month, int day)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal("deadline", answer.ArticleId);
        Assert.Equal(new DateOnly(year, month, day), answer.ComputedDate);
    }

    [Theory]
    [InlineData("en-US", "will you ping me before the cutoff")]
    [InlineData("en-US", "can you calculate my cutoff if I give you the usage end")]
    [InlineData("pt-BR", "vc sabe fazer a conta do prazo?")]
    public void A_question_about_the_bots_abilities_reaches_the_bot_article(string locale, string question)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal("using-this-bot", answer.ArticleId);
    }

    [Theory]
    [InlineData("en-US", "ignite 2027 dates and city?")]
    [InlineData("pt-BR", "datas e cidade do ignite 2027?")]
    public void An_events_dates_and_city_stay_unknown(string locale, string question)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.False(answer.Found, $"answered {answer.ArticleId}: {answer.Passage}");
    }
}
