using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Generative mode: a chat model writes a short answer from the retrieved passages only, citing
/// them as [1], [2]. "I don't know" answers never reach the model; a failing or empty model
/// response falls back to the quoted passage.
/// </summary>
internal sealed class GenerativeAnswerWriter(IChatClient chat, ILogger<GenerativeAnswerWriter> logger) : IKnowledgeAnswerWriter
{
    public async Task<KnowledgeAnswer> WriteAsync(string question, KnowledgeAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.Found || answer.Evidence.Count == 0)
        {
            return answer;
        }

        try
        {
            var response = await chat.GetResponseAsync(Messages(question, answer), cancellationToken: cancellationToken);
            var text = response.Text?.Trim();
            return string.IsNullOrEmpty(text) ? answer : answer with { Passage = text, IsGenerated = true };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            KnowledgeLog.GenerationFailed(logger, exception);
            return answer;
        }
    }

    internal static List<ChatMessage> Messages(string question, KnowledgeAnswer answer)
    {
        var portuguese = answer.Language.TwoLetterISOLanguageName == "pt";
        var system = portuguese
            ? "Você responde perguntas sobre reivindicações de cooperação do Partner Center. Use somente os trechos numerados abaixo; não acrescente fatos. Se os trechos não respondem, diga que não sabe. Responda em português, em até 3 frases, e cite os trechos usados como [1], [2]."
            : "You answer questions about Partner Center co-op claims. Use only the numbered passages below; add no facts. If the passages do not answer the question, say you do not know. Answer in English in at most 3 sentences and cite the passages you used as [1], [2].";
        var context = new StringBuilder();
        for (var i = 0; i < answer.Evidence.Count; i++)
        {
            var passage = answer.Evidence[i];
            context.Append(CultureInfo.InvariantCulture, $"[{i + 1}] {passage.Title} ({passage.Source?.ToString() ?? "CoopAssistant"}): {passage.Text}").AppendLine();
        }

        return
        [
            new ChatMessage(ChatRole.System, system + Environment.NewLine + Environment.NewLine + context),
            new ChatMessage(ChatRole.User, question),
        ];
    }
}
