namespace CoopAssistant.Bot.Answers;

/// <summary>
/// One passage in the index: its article, position, text, the page that states it, its analysed
/// terms with its article's title and keywords (<see cref="Terms"/>), and the terms of its own text
/// and alternate questions only (<see cref="BodyTerms"/>).
/// </summary>
internal sealed record IndexedPassage(SourceArticle Article, int Number, string Text, Uri? Source, IReadOnlySet<string> Terms, IReadOnlySet<string> BodyTerms)
{
    /// <summary>The kinds of fact the passage states (a duration, an amount, a role), for questions that ask for one.</summary>
    public FactKind States { get; init; }

    /// <summary>The analysed terms of each of its alternate questions, read as questions are (<see cref="AlternateQuestionMatch"/>).</summary>
    public IReadOnlyList<IReadOnlySet<string>> QuestionTerms { get; init; } = [];

    /// <summary>The type of each of its alternate questions (same order as <see cref="QuestionTerms"/>).</summary>
    public IReadOnlyList<QuestionType> QuestionTypes { get; init; } = [];
}
