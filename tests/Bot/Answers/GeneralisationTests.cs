using System.Globalization;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>
/// Issue 20q3: general changes for new phrasings. A travel word beside a claim anchor and an activity type, a half
/// written "H1 jul-dec", an evidence action the answering line lacks, a close passage of another article that covers
/// more of the question, activity words beside a date to compute from, and the words for the guidebook and the CSR form.
/// </summary>
public sealed class GeneralisationTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    [Theory]
    [InlineData("en-US", "can we claim the flight for 2 people to microsoft ignite", "Microsoft-hosted conferences")]
    [InlineData("pt-BR", "posso reivindicar a passagem de 2 vendedores pro microsoft ignite?", "Conferências organizadas pela Microsoft")]
    public void A_travel_word_beside_a_claim_anchor_and_an_activity_type_is_answered(string locale, string question, string line)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.StartsWith(line, answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "is H1 jul-dec?")]
    [InlineData("pt-BR", "H1 jul-dez ou jan-jun?")]
    public void A_half_written_with_short_month_names_gets_the_earning_periods(string locale, string question)
    {
        var culture = CultureInfo.GetCultureInfo(locale);

        var answer = fixture.Knowledge.Ask(question, culture);

        Assert.Empty(DateReader.Find(question, KnowledgeLanguageExtensions.FromCulture(culture), new DateOnly(2026, 12, 5)));
        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal("usage-periods", answer.ArticleId);
    }

    [Theory]
    [InlineData("en-US", "SC-900 vouchers for 3 engineers, what do we upload as poe", "Readiness, exams and tuition")]
    public void An_evidence_action_the_answering_line_lacks_does_not_sink_the_answer(string locale, string question, string line)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.StartsWith(line, answer.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pt-BR", "SAC ou nota do fornecedor, qual eu anexo")]
    public void A_close_passage_of_another_article_that_covers_more_of_the_question_answers(string locale, string question)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal("certification-statement", answer.ArticleId);
    }

    [Fact]
    public void Activity_words_beside_a_date_still_get_the_computed_retention_date()
    {
        // Not yet in pt-BR: "a feira foi em 02/03/2026, quanto tempo guardo as fotos do estande" ranks no retention passage in the top ten.
        var answer = fixture.Knowledge.Ask("the seminar was on 03/02/2026, how long do we keep the event photos", CultureInfo.GetCultureInfo("en-US"));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal("retention", answer.ArticleId);
        Assert.Equal(new DateOnly(2028, 3, 2), answer.ComputedDate);
    }

    [Theory]
    [InlineData("en-US", "where are the official terms and conditions of the program", "programs", "Guidebook")]
    [InlineData("en-US", "where do I download the CSR", "certification-statement", "Generate a Certification Service Report")]
    [InlineData("pt-BR", "onde baixo a SAC", "certification-statement", "Generate a Certification Service Report")]
    public void Words_for_the_guidebook_and_the_csr_form_find_them(string locale, string question, string article, string snippet)
    {
        var answer = fixture.Knowledge.Ask(question, CultureInfo.GetCultureInfo(locale));

        Assert.True(answer.Found, $"confidence {answer.Confidence:F2}");
        Assert.Equal(article, answer.ArticleId);
        Assert.Contains(snippet, answer.Passage, StringComparison.Ordinal);
    }
}
