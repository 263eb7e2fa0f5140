using System.ClientModel;
using CoopAssistant.Bot.Answers.Generative;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Generative mode: a chat model writes a short answer from the retrieved passages only, citing them as [1], [2]; and when the
/// ranking answers "I don't know" but carries <see cref="KnowledgeAnswer.Candidates"/>, the model picks the passage that answers
/// (<see cref="PassagePick"/>), which is then quoted as is with its source. Every call is bounded by
/// <see cref="AzureOpenAIOptions.Timeout"/>; a failing, throttled, late or unreadable reply keeps the ranking's answer.
/// </summary>
internal sealed class GenerativeAnswerWriter(
    IChatClient chat, IKnowledgeBase knowledge, IOptions<AzureOpenAIOptions> options, ILogger<GenerativeAnswerWriter> logger) : IKnowledgeAnswerWriter
{
    public async Task<KnowledgeAnswer> WriteAsync(string question, KnowledgeAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.Found)
        {
            return answer.Candidates.Count == 0 ? answer : await PickAsync(question, answer, cancellationToken);
        }

        if (answer.Evidence.Count == 0)
        {
            return answer;
        }

        var text = await AskAsync(Messages(question, answer), ModelTask.Rewrite, cancellationToken);
        return string.IsNullOrEmpty(text) ? answer : answer with { Passage = text, IsGenerated = true };
    }

    public bool CallsModel(KnowledgeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Found ? answer.Evidence.Count > 0 : answer.Candidates.Count > 0;
    }

    private async Task<KnowledgeAnswer> PickAsync(string question, KnowledgeAnswer answer, CancellationToken cancellationToken)
    {
        var reply = await AskAsync(PassagePick.Messages(question, answer), ModelTask.Pick, cancellationToken);
        if (reply is null)
        {
            return answer;
        }

        if (PassagePick.Read(reply, answer.Candidates.Count) is not { } index)
        {
            KnowledgeLog.ModelPickedNone(logger, answer.Candidates.Count, reply.Length);
            return answer;
        }

        var picked = answer.Candidates[index];
        var related = knowledge.Article(picked.ArticleId, answer.Language)?.Related ?? [];
        KnowledgeLog.ModelPicked(logger, index + 1, answer.Candidates.Count, picked.ArticleId);
        return new KnowledgeAnswer(true, picked.ArticleId, picked.Title, picked.Text, picked.Source, answer.Confidence, related)
        {
            Language = answer.Language,
            Evidence = [picked],
            Candidates = answer.Candidates,
            IsPickedByModel = true,
        };
    }

    /// <summary>The model's reply, or null when it failed, was throttled or took longer than the timeout (logged, never shown).</summary>
    private async Task<string?> AskAsync(List<ChatMessage> messages, ModelTask task, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var response = await chat.GetResponseAsync(messages, cancellationToken: timeout.Token);
            return response.Text?.Trim();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            KnowledgeLog.ModelTimedOut(logger, task, options.Value.Timeout.TotalMilliseconds);
            return null;
        }
        catch (ClientResultException exception)
        {
            KnowledgeLog.ModelFailed(logger, task, exception.Status, exception);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            KnowledgeLog.ModelFailed(logger, task, 0, exception);
            return null;
        }
    }

    internal static List<ChatMessage> Messages(string question, KnowledgeAnswer answer)
    {
        var portuguese = answer.Language.TwoLetterISOLanguageName == "pt";
        var system = portuguese
            ? "Você responde perguntas sobre reivindicações de cooperação do Partner Center. Use somente os trechos numerados abaixo; não acrescente fatos. Se os trechos não respondem, diga que não sabe. Responda em português, em até 3 frases, e cite os trechos usados como [1], [2]."
            : "You answer questions about Partner Center co-op claims. Use only the numbered passages below; add no facts. If the passages do not answer the question, say you do not know. Answer in English in at most 3 sentences and cite the passages you used as [1], [2].";
        return ModelPrompt.Numbered(system, answer.Evidence.Select(p => $"{p.Title} ({p.Source?.ToString() ?? "CoopAssistant"}): {p.Text}"), question);
    }
}

/// <summary>What a model call of the generative mode was for (logs).</summary>
internal enum ModelTask
{
    /// <summary>Rewriting a found answer from its passages.</summary>
    Rewrite,

    /// <summary>Picking the passage for a question the ranking did not answer.</summary>
    Pick,
}
