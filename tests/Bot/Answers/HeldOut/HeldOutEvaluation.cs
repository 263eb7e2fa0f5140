using System.Globalization;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// Scores a held-out set: a question counts when the answer comes from the expected article, its quoted
/// passage holds every expected snippet and shows the expected computed date (or, outside the domain,
/// when the answer is "I don't know").
/// </summary>
internal sealed record HeldOutEvaluation(int Total, int Correct, IReadOnlyList<string> Misses)
{
    public double Score => Total == 0 ? 0 : (double)Correct / Total;

    public static HeldOutEvaluation Run(IKnowledgeBase knowledge, HeldOutSet set)
    {
        var correct = 0;
        var misses = new List<string>();
        foreach (var question in set.Questions)
        {
            var answer = knowledge.Ask(question.Question, set.Language);
            var problem = Problem(question, answer, set.Language);
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

    /// <summary>The ways a date may be written in an answer of <paramref name="language"/>: short and long forms.</summary>
    public static IEnumerable<string> DateForms(DateOnly date, CultureInfo language) =>
        language.TwoLetterISOLanguageName == "pt"
            ? [date.ToString("d", language), date.ToString("d 'de' MMMM 'de' yyyy", language)]
            : [date.ToString("d", language), date.ToString("MMMM d, yyyy", language)];

    private static string? Problem(HeldOutQuestion question, KnowledgeAnswer answer, CultureInfo language)
    {
        if (question.ArticleId is null)
        {
            return answer.Found ? "expected unknown" : null;
        }

        if (!answer.Found || answer.ArticleId != question.ArticleId)
        {
            return $"expected article {question.ArticleId}";
        }

        var passage = TextFolding.Fold(answer.Passage ?? string.Empty);
        foreach (var snippet in question.Passage)
        {
            if (!snippet.Split('|').Any(alternative => passage.Contains(TextFolding.Fold(alternative), StringComparison.Ordinal)))
            {
                return $"expected the passage to hold \"{snippet}\"";
            }
        }

        if (question.Date is { } date && !DateForms(date, language).Any(form => (answer.Passage ?? string.Empty).Contains(form, StringComparison.OrdinalIgnoreCase)))
        {
            return $"expected the computed date {date:yyyy-MM-dd}";
        }

        return null;
    }
}
