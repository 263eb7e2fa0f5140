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

    /// <summary>
    /// When <see cref="Found"/> is false for a question that is not off-topic and shares words with the articles: the passages a
    /// chat model may choose from (generative mode), the best of both rankings (by words and by meaning) alternately, in the
    /// answer's language. Empty otherwise.
    /// </summary>
    public IReadOnlyList<KnowledgePassage> Candidates { get; init; } = [];

    /// <summary>True when the ranking did not answer and a chat model picked <see cref="Passage"/> (quoted as is) from <see cref="Candidates"/>.</summary>
    public bool IsPickedByModel { get; init; }
}
