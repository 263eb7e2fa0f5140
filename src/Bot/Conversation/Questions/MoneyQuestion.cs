using System.Collections.Frozen;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Questions;

public enum MoneyQuestionKind
{
    /// <summary>"how much co-op do we have left?" / "quanto temos de fundos para reivindicar até março?"</summary>
    FundsLeft = 0,

    /// <summary>"which claims were rejected?" / "quais reivindicações foram rejeitadas?"</summary>
    Rejected = 1,
}

/// <summary>A question about the money, answered from the data: <see cref="UntilMonth"/> (1–12) limits funds to those whose claim
/// deadline falls by the end of that month.</summary>
public sealed record MoneyQuestion(MoneyQuestionKind Kind, int? UntilMonth);

/// <summary>
/// Recognises questions about funds and rejected claims (en-US and pt-BR, case and accents ignored) by their words, no regular
/// expressions: a funds word with a "how much / left / to claim" word; a rejection word with a claims word.
/// </summary>
public static class MoneyQuestionRecognizer
{
    private static readonly FrozenSet<string> FundWords = FrozenSet.Create(StringComparer.Ordinal, "co-op", "coop", "funds", "fund", "fundos", "fundo", "cooperativo");
    private static readonly FrozenSet<string> AmountWords = FrozenSet.Create(StringComparer.Ordinal,
        "much", "left", "remaining", "unclaimed", "available", "quanto", "quanta", "resta", "restam", "sobra", "sobrou", "sobram", "disponivel", "disponiveis", "reivindicar");
    private static readonly FrozenSet<string> RejectedWords = FrozenSet.Create(StringComparer.Ordinal,
        "rejected", "declined", "rejeitada", "rejeitadas", "rejeitado", "rejeitados", "recusada", "recusadas", "reprovada", "reprovadas");
    private static readonly FrozenSet<string> ClaimWords = FrozenSet.Create(StringComparer.Ordinal,
        "claim", "claims", "reivindicacao", "reivindicacoes", "which", "what", "my", "quais", "qual", "minhas");
    private static readonly FrozenSet<string> UntilWords = FrozenSet.Create(StringComparer.Ordinal, "until", "by", "before", "through", "ate", "antes");
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["janeiro"] = 1, ["fevereiro"] = 2, ["marco"] = 3, ["abril"] = 4, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7, ["agosto"] = 8,
        ["setembro"] = 9, ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static MoneyQuestion? Recognize(string? text)
    {
        var words = CommandText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 40)
        {
            return null;
        }

        if (words.Any(RejectedWords.Contains) && words.Any(ClaimWords.Contains))
        {
            return new MoneyQuestion(MoneyQuestionKind.Rejected, null);
        }

        if (words.Any(FundWords.Contains) && words.Any(AmountWords.Contains))
        {
            int? month = null;
            for (var i = 0; i < words.Length - 1; i++)
            {
                if (UntilWords.Contains(words[i]) && Months.TryGetValue(words[i + 1], out var m))
                {
                    month = m;
                }
            }

            return new MoneyQuestion(MoneyQuestionKind.FundsLeft, month);
        }

        return null;
    }
}
