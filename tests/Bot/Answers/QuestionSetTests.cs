using System.Globalization;
using Xunit.Abstractions;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class QuestionSetTests(KnowledgeBaseFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeBaseFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");

    [Fact]
    public void English_question_set_has_enough_questions() => AssertSize(QuestionSetData.EnglishTuning);

    [Fact]
    public void Portuguese_question_set_has_enough_questions() => AssertSize(QuestionSetData.PortugueseTuning);

    [Fact]
    public void English_questions_find_the_expected_article_at_least_90_percent_and_say_unknown_outside_the_domain() =>
        AssertQuality("en-US tuning", QuestionSetData.EnglishTuning, English, 0.9, 0.9);

    [Fact]
    public void Portuguese_questions_find_the_expected_article_at_least_90_percent_and_say_unknown_outside_the_domain() =>
        AssertQuality("pt-BR tuning", QuestionSetData.PortugueseTuning, Portuguese, 0.9, 0.9);

    [Fact]
    public void Held_out_English_questions_are_answered_almost_as_well() =>
        AssertQuality("en-US held-out", QuestionSetData.EnglishHeldOut, English, 0.8, 0.75);

    [Fact]
    public void Held_out_Portuguese_questions_are_answered_almost_as_well() =>
        AssertQuality("pt-BR held-out", QuestionSetData.PortugueseHeldOut, Portuguese, 0.8, 0.75);

    [Fact]
    public void Questions_in_the_other_language_than_the_locale_are_still_answered()
    {
        var evaluation = QuestionSetEvaluation.Run(fixture.Knowledge, LabelledQuestion.Parse(QuestionSetData.PortugueseTuning), English);
        output.WriteLine(evaluation.Summary("pt-BR questions, en-US locale"));
        Assert.True(evaluation.TopOneAccuracy >= 0.85, evaluation.Summary("pt-BR questions, en-US locale"));
    }

    private static void AssertSize(string data)
    {
        var questions = LabelledQuestion.Parse(data);
        Assert.True(questions.Count(q => q.ExpectedArticleId is not null) >= 40);
        Assert.True(questions.Count(q => q.ExpectedArticleId is null) >= 20);
    }

    private void AssertQuality(string name, string data, CultureInfo locale, double minTopOne, double minUnknown)
    {
        var evaluation = QuestionSetEvaluation.Run(fixture.Knowledge, LabelledQuestion.Parse(data), locale);
        output.WriteLine(evaluation.Summary(name));
        Assert.True(evaluation.TopOneAccuracy >= minTopOne, evaluation.Summary(name));
        Assert.True(evaluation.UnknownRate >= minUnknown, evaluation.Summary(name));
    }
}
