namespace CoopAssistant.Bot.Answers;

/// <summary>The kinds of fact a question can ask for and a passage can state.</summary>
[Flags]
internal enum FactKind
{
    None = 0,

    /// <summary>A length of time: "45 days", "24 months", "5 business days", "prazo de 45 dias".</summary>
    Duration = 1,

    /// <summary>An amount of money or a share: "$18,750", "25%", "US$ 200".</summary>
    Amount = 2,

    /// <summary>A Partner Center role: "Incentives administrator", "função Administrador de incentivos".</summary>
    Role = 4,
}

/// <summary>
/// Question-type cues: "how long" / "quanto tempo" ask for a duration, "how much" / "quanto" for an
/// amount, "who" / "quem" for a role; and which of these a passage states. Both read the folded
/// words of the text in one pass (no regular expressions), in either language, since people mix them.
/// </summary>
internal static class FactKinds
{
    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "time",
        "dia", "dias", "semana", "semanas", "mes", "meses", "ano", "anos", "hora", "horas", "horario", "tempo",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "role", "roles", "administrator", "admin", "permission", "permissions",
        "funcao", "funcoes", "papel", "administrador", "permissao", "permissoes",
    };

    /// <summary>What the question asks for, from its question words.</summary>
    public static FactKind Asked(string question)
    {
        var words = Words(question);
        var asked = NamesAmount(question) ? FactKind.Amount : FactKind.None;
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            var afterNext = i + 2 < words.Count ? words[i + 2] : string.Empty;
            asked |= (words[i], next) switch
            {
                ("how", "long" or "soon" or "quickly") or ("until" or "till" or "by", "when") or ("what" or "review" or "processing" or "turnaround", "time") or ("tempo", "de" or "para") => FactKind.Duration,
                ("how", "much" or "many") => TimeUnits.Contains(afterNext) ? FactKind.Duration : FactKind.Amount,
                ("quanto" or "quantos" or "quantas", _) => TimeUnits.Contains(next) ? FactKind.Duration : FactKind.Amount,
                ("ate", "quando") or ("que", "horas") or ("em" or "por", "quanto") when TimeUnits.Contains(afterNext) || next == "quando" || next == "horas" => FactKind.Duration,
                ("who" or "whose" or "quem", _) => FactKind.Role,
                ("which" or "what" or "qual" or "que", _) when RoleWords.Contains(next) => FactKind.Role,
                _ => FactKind.None,
            };
        }

        return asked;
    }

    /// <summary>What the passage states: a duration (it speaks in days, months, hours…), an amount ($, %) or a role.</summary>
    public static FactKind Stated(string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var stated = passage.Contains('$', StringComparison.Ordinal) || passage.Contains('%', StringComparison.Ordinal) ? FactKind.Amount : FactKind.None;
        var words = Words(passage);
        for (var i = 0; i < words.Count; i++)
        {
            // "Incentives user", "Usuário de incentivos" (not "programa de incentivos").
            if (RoleWords.Contains(words[i]) || (words[i] == "incentives" && At(words, i + 1) == "user") || (words[i] == "usuario" && At(words, i + 1) == "de" && At(words, i + 2) == "incentivos"))
            {
                stated |= FactKind.Role;
            }

            // "45 days", "24 meses", "how many days … is not confirmed", "cut-off hour".
            if (TimeUnits.Contains(words[i]) && words[i] is not ("time" or "tempo"))
            {
                stated |= FactKind.Duration;
            }
        }

        return stated;
    }

    /// <summary>Whether the question names a sum of money ("approved for 90 bucks", "US$ 150", "uma claim de 150 reais").</summary>
    public static bool NamesAmount(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = Words(question);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (PassageCoverage.IsNumber(words[i]) && words[i + 1] is "bucks" or "dollars" or "usd" or "dolares" or "reais" or "brl" or "euros" or "eur")
            {
                return true;
            }
        }

        return question.Contains('$', StringComparison.Ordinal);
    }

    private static string At(List<string> words, int i) => i < words.Count ? words[i] : string.Empty;

    /// <summary>The folded words (letters and digits) of a text.</summary>
    internal static List<string> Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
