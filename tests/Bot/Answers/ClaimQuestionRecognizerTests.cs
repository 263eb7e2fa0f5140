using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class ClaimQuestionRecognizerTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly ClaimQuestionRecognizer recognizer = new();

    [Theory]
    [InlineData("what is missing on my claim 42?", ClaimQuestionKind.MissingEvidence, "42")]
    [InlineData("whats missing from claim #CLM-2026-007", ClaimQuestionKind.MissingEvidence, "CLM-2026-007")]
    [InlineData("what is missing on my claim?", ClaimQuestionKind.MissingEvidence, null)]
    [InlineData("o que falta na reivindicação 42?", ClaimQuestionKind.MissingEvidence, "42")]
    [InlineData("oq ta faltando na minha reivindicacao \"Feira SP\"", ClaimQuestionKind.MissingEvidence, "Feira SP")]
    [InlineData("what's wrong with claim 42?", ClaimQuestionKind.WhatIsWrong, "42")]
    [InlineData("any problems with my claim \"Feira SP\"", ClaimQuestionKind.WhatIsWrong, "Feira SP")]
    [InlineData("o que está errado na reivindicação CLM-7?", ClaimQuestionKind.WhatIsWrong, "CLM-7")]
    [InlineData("when is claim 42 due?", ClaimQuestionKind.DueDate, "42")]
    [InlineData("deadline for claim CLM-7", ClaimQuestionKind.DueDate, "CLM-7")]
    [InlineData("quando vence a reivindicação CLM-7?", ClaimQuestionKind.DueDate, "CLM-7")]
    [InlineData("qual o prazo do claim 1234", ClaimQuestionKind.DueDate, "1234")]
    [InlineData("which claims expire this month?", ClaimQuestionKind.ExpiringThisMonth, null)]
    [InlineData("what claims are due this month", ClaimQuestionKind.ExpiringThisMonth, null)]
    [InlineData("quais reivindicações vencem este mês?", ClaimQuestionKind.ExpiringThisMonth, null)]
    [InlineData("quais claims vencem esse mes", ClaimQuestionKind.ExpiringThisMonth, null)]
    public void Recognize_QuestionAboutOwnClaims_ReturnsKindAndReferenceAsTyped(string text, ClaimQuestionKind kind, string? reference)
    {
        var question = recognizer.Recognize(text, English);

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(reference, question.ClaimReference);
    }

    [Fact]
    public void Recognize_RulesQuestionsOfTheQuestionSets_AreLeftToTheKnowledgeBase()
    {
        var all = new[] { QuestionSetData.EnglishTuning, QuestionSetData.PortugueseTuning, QuestionSetData.EnglishHeldOut, QuestionSetData.PortugueseHeldOut }
            .SelectMany(LabelledQuestion.Parse);

        var recognised = all.Where(q => recognizer.Recognize(q.Question, English) is not null).Select(q => q.Question).ToList();

        Assert.Empty(recognised);
    }

    [Theory]
    [InlineData("when is my claim due?")]
    [InlineData("qual o prazo da minha reivindicação?")]
    [InlineData("")]
    public void Recognize_DueQuestionWithoutAClaimNamed_IsARulesQuestion(string text) =>
        Assert.Null(recognizer.Recognize(text, English));
}
