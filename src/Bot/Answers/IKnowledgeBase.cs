using System.Globalization;

namespace CoopAssistant.Bot.Answers;

/// <summary>Answers questions about the co-op claim rules from the knowledge articles.</summary>
public interface IKnowledgeBase
{
    /// <summary>
    /// Finds the best passage for <paramref name="question"/>. The answer's language comes from
    /// <paramref name="locale"/> unless the text is clearly in the other supported language.
    /// When <see cref="KnowledgeAnswer.Found"/> is false, <see cref="KnowledgeAnswer.Related"/>
    /// holds the whole topic list in the answer's language.
    /// </summary>
    KnowledgeAnswer Ask(string question, CultureInfo locale);

    /// <summary>All topics (one per article) in the language of <paramref name="locale"/>.</summary>
    IReadOnlyList<KnowledgeTopic> Topics(CultureInfo locale);

    /// <summary>A whole article by id (for a "topic" button), or null when the id is unknown.</summary>
    KnowledgeArticle? Article(string articleId, CultureInfo locale);
}
