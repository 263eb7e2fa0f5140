using System.Globalization;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The result of <see cref="IKnowledgeBase.Ask"/>: the best passage of the best article with its
/// source, or <c>Found == false</c> ("I don't know") with the topic list in <see cref="Related"/>.
/// </summary>
public sealed record KnowledgeAnswer(
    bool Found,
    string? ArticleId,
    string? Title,
    string? Passage,
    Uri? Source,
    double Confidence,
    IReadOnlyList<KnowledgeTopic> Related)
{
    /// <summary>The language the answer (and its topics) is written in: en-US or pt-BR.</summary>
    public CultureInfo Language { get; init; } = CultureInfo.GetCultureInfo("en-US");
}
