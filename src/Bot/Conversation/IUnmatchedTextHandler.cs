using CoopAssistant.Bot.Cards;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation;

/// <summary>What the bot answers to text that is not a command (a question about the rules, or "I did not understand").</summary>
public interface IUnmatchedTextHandler
{
    Task<AdaptiveCard> HandleAsync(TurnContext turn);
}

/// <summary>The answer until questions are answered: "I did not understand" with the command buttons.</summary>
public sealed class NotUnderstoodHandler : IUnmatchedTextHandler
{
    public Task<AdaptiveCard> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Task.FromResult(NotUnderstoodCard.Create(turn.Culture, turn.Activity.Text ?? string.Empty));
    }
}
