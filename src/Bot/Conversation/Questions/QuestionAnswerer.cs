using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Protocol.Hosting;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>Text that is not a command is a question: answered from the knowledge articles.</summary>
public sealed class QuestionAnswerer(IKnowledgeBase knowledge, IKnowledgeAnswerWriter writer) : IUnmatchedTextHandler
{
    public async Task<AdaptiveCard> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = turn.Activity.Text?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            return NotUnderstoodCard.Create(turn.Culture, question);
        }

        var answer = knowledge.Ask(question, turn.Culture);
        if (answer.Found)
        {
            answer = await writer.WriteAsync(question, answer, turn.CancellationToken);
        }

        return AnswerCard.Create(answer, question);
    }
}
