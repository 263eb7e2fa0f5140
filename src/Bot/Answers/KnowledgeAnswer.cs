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

    /// <summary>The passages retrieved for the question (best first, the answer's passage included); empty when not found.</summary>
    public IReadOnlyList<KnowledgePassage> Evidence { get; init; } = [];

    /// <summary>The date the answer computed from a date in the question (a claim deadline, a retention end), or null.</summary>
    public DateOnly? ComputedDate { get; init; }

    /// <summary>True when <see cref="Passage"/> was written by a chat model from <see cref="Evidence"/> (generative mode).</summary>
    public bool IsGenerated { get; init; }
}
