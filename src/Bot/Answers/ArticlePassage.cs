namespace CoopAssistant.Bot.Answers;

/// <summary>
/// One passage of an article (a paragraph or list item) and the page that states its fact: the
/// article's source unless the passage names another (<c>[source: name]</c>), or null when no page
/// states it (<c>[source: none]</c>: the answer then shows no source link), and the questions it
/// answers in people's words (<c>? </c> lines under it in the article), indexed but never shown.
/// </summary>
internal sealed record ArticlePassage(string Text, Uri? Source)
{
    public IReadOnlyList<string> Questions { get; init; } = [];
}
