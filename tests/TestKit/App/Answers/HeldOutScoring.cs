using System.Globalization;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.TestKit.App.Answers;

/// <summary>
/// How a held-out answer is scored (the Bot tests and bench/Answers.Bench share it): it counts when it comes from the expected
/// article, its quoted passage holds every expected snippet and shows the expected computed date; outside the domain, when it
/// is "I don't know".
/// </summary>
public static class HeldOutScoring
{
    /// <summary>Why <paramref name="answer"/> misses <paramref name="question"/>, or null when it counts.</summary>
    public static string? Problem(HeldOutQuestion question, KnowledgeAnswer answer, CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
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

    /// <summary>The ways a date may be written in an answer of <paramref name="language"/>: short and long forms.</summary>
    public static IEnumerable<string> DateForms(DateOnly date, CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.TwoLetterISOLanguageName == "pt"
            ? [date.ToString("d", language), date.ToString("d 'de' MMMM 'de' yyyy", language)]
            : [date.ToString("d", language), date.ToString("MMMM d, yyyy", language)];
    }
}
