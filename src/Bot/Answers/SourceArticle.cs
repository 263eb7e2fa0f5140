namespace CoopAssistant.Bot.Answers;

/// <summary>A parsed article file: front matter plus the body split into passages.</summary>
internal sealed record SourceArticle(
    string Id,
    KnowledgeLanguage Language,
    string Title,
    Uri? Source,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Passages);
