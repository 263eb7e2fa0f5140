using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;
using Microsoft.Extensions.Time.Testing;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>Questions that need a date computed are answered with the date, in both languages, from the claim rules.</summary>
public sealed class ComputedAnswerTests(ComputedAnswerTests.ClockFixture fixture) : IClassFixture<ComputedAnswerTests.ClockFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    private LuceneKnowledgeBase Knowledge => fixture.Knowledge;

    /// <summary>The knowledge base with the clock late on Nov 20, 2026 (UTC): "31/12" without a year is the coming Dec 31.</summary>
    public sealed class ClockFixture : IDisposable
    {
        public LuceneKnowledgeBase Knowledge { get; } = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 22, 0, 0, TimeSpan.Zero)), SharedPassageEmbedder.Instance);

        public void Dispose() => Knowledge.Dispose();
    }

    [Theory]
    [InlineData("the usage period ends on 6/30/2027, what's the deadline?", "en-US", "2027-08-14", "August 14, 2027")]
    [InlineData("our usage period finished June 30 2027 - last day to send the claim?", "en-US", "2027-08-14", "August 14, 2027")]
    [InlineData("deadline for the usage period ending 12/31", "en-US", "2027-02-14", "February 14, 2027")]
    [InlineData("período de uso termina em 30/06/2027, qual é o prazo?", "pt-BR", "2027-08-14", "14 de agosto de 2027")]
    [InlineData("o semestre terminou em 30 de junho de 2027, até quando envio a reivindicação?", "pt-BR", "2027-08-14", "14 de agosto de 2027")]
    [InlineData("meu período de uso acaba 31/12, qual o prazo", "pt-BR", "2027-02-14", "14 de fevereiro de 2027")]
    public void A_usage_period_end_gives_the_claim_deadline(string question, string locale, string deadline, string shown)
    {
        var answer = Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found);
        Assert.Equal("deadline", answer.ArticleId);
        Assert.Equal(DateOnly.Parse(deadline, CultureInfo.InvariantCulture), answer.ComputedDate);
        Assert.Contains(shown, answer.Passage, StringComparison.Ordinal);
        Assert.Equal(answer.Passage, answer.Evidence[0].Text);
        Assert.Equal("learn.microsoft.com", answer.Source?.Host);
    }

    [Fact]
    public void The_deadline_answer_says_the_cut_off_hour_is_not_known_in_both_languages()
    {
        var english = Knowledge.Ask("usage period ends 12/31/2026, deadline?", English);
        var portuguese = Knowledge.Ask("período de uso termina em 31/12/2026, qual o prazo?", Portuguese);

        Assert.Contains("cut-off hour", english.Passage, StringComparison.Ordinal);
        Assert.Contains("one working day early", english.Passage, StringComparison.Ordinal);
        Assert.Contains("horário limite", portuguese.Passage, StringComparison.Ordinal);
        Assert.Contains("um dia útil antes", portuguese.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the activity was on 2026-05-10, until when do I keep the originals?", "en-US", "2028-05-10", "May 10, 2028")]
    [InlineData("evento realizado em 10/05/2026, por quanto tempo guardo os originais?", "pt-BR", "2028-05-10", "10 de maio de 2028")]
    public void An_activity_date_gives_the_date_to_keep_the_originals_until(string question, string locale, string until, string shown)
    {
        var answer = Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal("retention", answer.ArticleId);
        Assert.Equal(DateOnly.Parse(until, CultureInfo.InvariantCulture), answer.ComputedDate);
        Assert.Contains(shown, answer.Passage, StringComparison.Ordinal);
        Assert.Contains(locale == "pt-BR" ? "confira as suas próprias regras" : "check your own retention rules", answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the invoice is dated 3/3/2026, what is the deadline?", "en-US")]
    [InlineData("a fatura é de 03/03/2026, qual o prazo?", "pt-BR")]
    [InlineData("is 2/14/2027 my deadline?", "en-US")]
    public void A_date_that_does_not_end_a_usage_period_gets_the_rule_not_a_computed_deadline(string question, string locale)
    {
        var answer = Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.Equal("deadline", answer.ArticleId);
        Assert.Null(answer.ComputedDate);
    }

    [Fact]
    public void A_question_without_a_date_gets_the_rule_passage()
    {
        var answer = Knowledge.Ask("when is my claim due?", English);

        Assert.Equal("deadline", answer.ArticleId);
        Assert.Null(answer.ComputedDate);
        Assert.Contains("45 days", answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_computed_answer_follows_the_claim_rules_not_a_constant_of_its_own()
    {
        var answer = Knowledge.Ask("usage period ends on 2/28/2027, what is my deadline?", English);

        Assert.Equal(CoopAssistant.Claims.Rules.ClaimDates.Deadline(new DateOnly(2027, 2, 28)), answer.ComputedDate);
    }
}
