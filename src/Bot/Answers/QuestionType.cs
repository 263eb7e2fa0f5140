namespace CoopAssistant.Bot.Answers;

/// <summary>
/// What kind of answer a question wants, from its first question word, in either language: "who" /
/// "quem" a person or role, "how long" / "quanto tempo" / "when" / "quando" a time, "how much" /
/// "quanto" an amount, "how" / "como" a procedure, "where" / "onde" a place, "what" / "qual" / "o que"
/// a thing, "can" / "posso" a yes or no ("do" is not one: in Portuguese it means "of the"). The question words are stop words, so the term match cannot
/// see them; <see cref="AlternateQuestionMatch"/> compares them between a question and an alternate
/// question ("how do I create a claim?" reads like "how do I create…", not "who can create…").
/// </summary>
internal enum QuestionType
{
    None,
    Who,
    When,
    HowMuch,
    How,
    Where,
    What,
    YesNo,
}

internal static class QuestionTypes
{
    /// <summary>The type of the first question word of <paramref name="text"/>; <see cref="QuestionType.None"/> when it has none.</summary>
    public static QuestionType Of(string text)
    {
        var words = FactKinds.Words(text ?? string.Empty);
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            var type = (words[i], next) switch
            {
                ("who" or "whose" or "whom" or "quem", _) => QuestionType.Who,
                ("how", "long" or "soon" or "quickly") or ("quanto", "tempo") or ("when" or "quando", _) or ("ate", "quando") => QuestionType.When,
                ("how", "much" or "many") or ("quanto" or "quantos" or "quantas" or "quanta", _) => QuestionType.HowMuch,
                ("how" or "como", _) => QuestionType.How,
                ("where" or "onde", _) => QuestionType.Where,
                ("what" or "which" or "qual" or "quais", _) or ("o" or "que", "que") => QuestionType.What,
                ("can" or "could" or "may" or "must" or "should" or "does" or "is" or "are" or "posso" or "pode" or "podemos" or "devo" or "preciso" or "precisa", _) => QuestionType.YesNo,
                _ => QuestionType.None,
            };
            if (type != QuestionType.None)
            {
                return type;
            }
        }

        return QuestionType.None;
    }
}
