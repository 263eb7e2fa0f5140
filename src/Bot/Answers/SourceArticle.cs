namespace CoopAssistant.Bot.Answers;

/// <summary>A parsed article file: front matter plus the body split into passages, each with the page that states it.</summary>
internal sealed record SourceArticle(
    string Id,
    KnowledgeLanguage Language,
    string Title,
    Uri? Source,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Related,
    IReadOnlyList<ArticlePassage> Passages)
{
    /// <summary>The date this article computes from a date in the question, if any.</summary>
    public ComputedAnswer Computed { get; init; } = ComputedAnswer.None;

    /// <summary>The kinds of fact the title states: the article's subject ("…(roles)", "45 days", "$200").</summary>
    public FactKind TitleStates { get; } = FactKinds.Stated(Title);
}
