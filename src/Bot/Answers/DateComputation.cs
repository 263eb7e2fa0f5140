using System.Globalization;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Answers a question that names a date with the date the rules give (the claim rules of
/// <see cref="ClaimDates"/>): a usage period's end → the claim deadline; an activity date → the
/// date until which originals are kept. A deadline is computed only when the question says the
/// date ends a period ("usage period ends on 31/12", "semestre que terminou em …"): "45 days after
/// the invoice date" is not the rule, so an activity or invoice date gets the rule passage instead.
/// </summary>
internal static class DateComputation
{
    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal)
    {
        "usage", "period", "periods", "half", "h1", "h2", "semester", "uso", "periodo", "periodos", "semestre",
    };

    private static readonly HashSet<string> EndWords = new(StringComparer.Ordinal)
    {
        "end", "ends", "ended", "ending", "finish", "finishes", "finished", "finishing", "close", "closes", "closed", "closing",
        "termina", "terminou", "terminar", "terminado", "termino", "acaba", "acabou", "acabar", "encerra", "encerrou", "encerrado", "encerrada", "fim", "final",
    };

    private static readonly HashSet<string> ActivityWords = new(StringComparer.Ordinal)
    {
        "activity", "event", "invoice", "invoiced", "held", "ran", "campaign", "atividade", "evento", "fatura", "faturado", "realizada", "realizado", "campanha",
    };

    /// <summary>True when <paramref name="article"/> computes a date and the question names the date it needs.</summary>
    public static bool Computes(SourceArticle article, string question, IReadOnlyList<DateMention> dates) =>
        article.Computed.Kind != ComputedAnswerKind.None && dates.Count > 0 && Applies(article.Computed.Kind, question);

    /// <summary>The computed answer, or null when the article computes nothing or the question's date is not the one it needs.</summary>
    public static (string Text, DateOnly Result)? Answer(SourceArticle article, string question, IReadOnlyList<DateMention> dates)
    {
        if (!Computes(article, question, dates))
        {
            return null;
        }

        var given = dates[0].Date;
        var result = article.Computed.Kind == ComputedAnswerKind.DeadlineFromUsageEnd ? ClaimDates.Deadline(given) : ClaimDates.RetentionEnd(given);
        var culture = article.Language.Culture();
        var text = article.Computed.Template
            .Replace("{given}", Format(given, culture), StringComparison.Ordinal)
            .Replace("{result}", Format(result, culture), StringComparison.Ordinal);
        return (text, result);
    }

    /// <summary>A date the way the answer's language writes it in a sentence: "February 14, 2027" / "14 de fevereiro de 2027".</summary>
    public static string Format(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return date.ToString(culture.TwoLetterISOLanguageName == "pt" ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy", culture);
    }

    private static bool Applies(ComputedAnswerKind kind, string question)
    {
        if (kind != ComputedAnswerKind.DeadlineFromUsageEnd)
        {
            return true;
        }

        var words = TextFolding.Fold(question).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var period = words.Any(PeriodWords.Contains);
        var end = words.Any(EndWords.Contains);
        var activity = words.Any(ActivityWords.Contains);
        return period || (end && !activity);
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '.', ';', ':', '?', '!', '"', '\'', '(', ')', '/', '-'];
}
