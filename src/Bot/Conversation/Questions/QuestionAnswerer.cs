using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>Text that is not a command is a question: about the user's own claims (answered from the data) or about the rules (from the articles).</summary>
public sealed class QuestionAnswerer(
    IKnowledgeBase knowledge, IKnowledgeAnswerWriter writer, ClaimQuestionRecognizer recognizer, ClaimQuestionAnswerer claims, MoneyQuestionAnswerer money) : IUnmatchedTextHandler
{
    public async Task<AdaptiveCard> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = turn.Activity.Text?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            return NotUnderstoodCard.Create(turn.Culture, question);
        }

        // The money: funds left to claim, rejected claims (from the data, scoped to what the person may see).
        if (MoneyQuestionRecognizer.Recognize(question) is { } moneyQuestion && await money.AnswerAsync(turn, moneyQuestion) is { } fromFunds)
        {
            return fromFunds;
        }

        if (recognizer.Recognize(question, turn.Culture) is { } claimQuestion
            && await claims.AnswerAsync(turn, claimQuestion) is { } fromData)
        {
            return fromData;
        }

        // The writer rewrites a found answer (generative mode) or lets the model pick among an unanswered question's candidates;
        // a model call takes seconds, so the typing indicator shows first.
        var answer = knowledge.Ask(question, turn.Culture);
        if (writer.CallsModel(answer))
        {
            await turn.SendTypingAsync();
        }

        answer = await writer.WriteAsync(question, answer, turn.CancellationToken);

        return AnswerCard.Create(answer, question);
    }
}
