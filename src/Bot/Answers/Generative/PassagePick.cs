using System.Globalization;
using Microsoft.Extensions.AI;

namespace CoopAssistant.Bot.Answers.Generative;

/// <summary>
/// Retrieval help (issue 20): for a question the ranking leaves unanswered, a chat model reads the numbered candidate passages
/// and replies with the number of the one that answers the question, or 0. The reply is read strictly: digits only (surrounding
/// white space aside), a number from 1 to the number of candidates; anything else (prose, "2.", "Passage 2", 0, out of range)
/// picks nothing.
/// </summary>
internal static class PassagePick
{
    public static List<ChatMessage> Messages(string question, KnowledgeAnswer answer)
    {
        var portuguese = answer.Language.TwoLetterISOLanguageName == "pt";
        var system = portuguese
            ? "Você escolhe qual dos trechos numerados abaixo, tirados dos artigos sobre reivindicações de cooperação do Partner Center, responde à pergunta do usuário. Responda somente com o número do trecho que a responde, ou 0 se nenhum a responde. Não escreva mais nada."
            : "You choose which of the numbered passages below, taken from the articles on Partner Center co-op claims, answers the user's question. Reply with the number of the passage that answers it, or 0 if none does. Write nothing else.";
        return ModelPrompt.Numbered(system, answer.Candidates.Select(p => $"{p.Title}: {p.Text}"), question);
    }

    /// <summary>The picked candidate's index (0-based), or null when the reply names none.</summary>
    public static int? Read(string? reply, int candidates)
    {
        var text = reply?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 2 || !text.All(char.IsAsciiDigit))
        {
            return null;
        }

        var number = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return number >= 1 && number <= candidates ? number - 1 : null;
    }
}
