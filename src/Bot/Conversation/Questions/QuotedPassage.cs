using System.Security.Cryptography;
using System.Text;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>
/// Names a quoted passage on a card by a short key of its text, so an action can show the same passage again: the key only
/// selects one of the article's own passages, never text that came from the card.
/// </summary>
internal static class QuotedPassage
{
    public static string KeyOf(string passage) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(passage)).AsSpan(0, 8));

    /// <summary>The article's passage with <paramref name="key"/>, or null when none has it.</summary>
    public static string? Find(KnowledgeArticle article, string? key) =>
        key is null ? null : article.Passages.FirstOrDefault(p => string.Equals(KeyOf(p), key, StringComparison.Ordinal));

    /// <summary>The article as an answer quoting <paramref name="passage"/> (its first passage when null).</summary>
    public static KnowledgeAnswer AnswerFrom(KnowledgeArticle article, string? passage, bool pickedByModel) =>
        new(true, article.Id, article.Title, passage ?? (article.Passages.Count > 0 ? article.Passages[0] : null), article.Source, 1, article.Related)
        {
            Language = article.Language,
            IsPickedByModel = pickedByModel && passage is not null,
        };
}
