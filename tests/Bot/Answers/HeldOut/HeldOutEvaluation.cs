using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// Scores a held-out set: a question counts when the answer comes from the expected article, its quoted
/// passage holds every expected snippet and shows the expected computed date (or, outside the domain,
/// when the answer is "I don't know").
/// </summary>
internal sealed record HeldOutEvaluation(int Total, int Correct, IReadOnlyList<string> Misses)
{
    public double Score => Total == 0 ? 0 : (double)Correct / Total;

    public static HeldOutEvaluation Run(IKnowledgeBase knowledge, HeldOutQuestionSet set)
    {
        var correct = 0;
        var misses = new List<string>();
        foreach (var question in set.Questions)
        {
            var answer = knowledge.Ask(question.Question, set.Language);
            var problem = HeldOutScoring.Problem(question, answer, set.Language);
            if (problem is null)
            {
                correct++;
            }
            else
            {
                misses.Add(FormattableString.Invariant($"MISS \"{question.Question}\": {problem} (got {(answer.Found ? answer.ArticleId : "unknown")}, confidence {answer.Confidence:F2}: \"{answer.Passage}\")"));
            }
        }

        return new HeldOutEvaluation(set.Questions.Count, correct, misses);
    }

    public string Summary(string name) =>
        FormattableString.Invariant($"{name}: {Correct}/{Total} ({Score:P1})") + Environment.NewLine + string.Join(Environment.NewLine, Misses);
}
