using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation.Commands;

/// <summary>
/// A check that runs before the command of every card action (<c>Action.Execute</c> and its <c>Action.Submit</c> fallback), so a
/// verb added later is covered without code of its own: the card that refuses the action, or null to let the command run.
/// </summary>
public interface ICardActionGuard
{
    Task<AdaptiveCard?> CheckAsync(CommandContext context);
}
