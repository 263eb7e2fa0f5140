using System.Globalization;

namespace CoopAssistant.Bot.Answers;

/// <summary>A whole knowledge article in one language, split into the passages the answers quote.</summary>
public sealed record KnowledgeArticle(
    string Id,
    CultureInfo Language,
    string Title,
    Uri? Source,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Passages,
    IReadOnlyList<KnowledgeTopic> Related);
