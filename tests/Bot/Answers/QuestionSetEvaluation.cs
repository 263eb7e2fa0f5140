using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>Runs a question set through a knowledge base: top-1 accuracy in the domain, "I don't know" rate outside it.</summary>
internal sealed record QuestionSetEvaluation(
    int InDomain,
    int InDomainCorrect,
    int OutOfDomain,
    int OutOfDomainUnknown,
    IReadOnlyList<string> Misses)
{
    public double TopOneAccuracy => InDomain == 0 ? 0 : (double)InDomainCorrect / InDomain;

    public double UnknownRate => OutOfDomain == 0 ? 0 : (double)OutOfDomainUnknown / OutOfDomain;

    public static QuestionSetEvaluation Run(IKnowledgeBase knowledge, IReadOnlyList<LabelledQuestion> questions, CultureInfo locale)
    {
        int inDomain = 0, correct = 0, outOfDomain = 0, unknown = 0;
        var misses = new List<string>();
        foreach (var question in questions)
        {
            var answer = knowledge.Ask(question.Question, locale);
            var got = answer.Found ? answer.ArticleId : LabelledQuestion.Unknown;
            var expected = question.ExpectedArticleId ?? LabelledQuestion.Unknown;
            if (question.ExpectedArticleId is null)
            {
                outOfDomain++;
                unknown += answer.Found ? 0 : 1;
            }
            else
            {
                inDomain++;
                correct += answer.Found && answer.ArticleId == question.ExpectedArticleId ? 1 : 0;
            }

            if (got != expected)
            {
                misses.Add(FormattableString.Invariant($"MISS \"{question.Question}\": expected {expected}, got {got} (confidence {answer.Confidence:F2})"));
            }
        }

        return new QuestionSetEvaluation(inDomain, correct, outOfDomain, unknown, misses);
    }

    public string Summary(string name) =>
        FormattableString.Invariant($"{name}: top-1 {InDomainCorrect}/{InDomain} ({TopOneAccuracy:P1}), unknown outside the domain {OutOfDomainUnknown}/{OutOfDomain} ({UnknownRate:P1})")
        + Environment.NewLine + string.Join(Environment.NewLine, Misses);
}
