using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation.Commands;

/// <summary>
/// One conversation command, reachable by its verb (card buttons) and by the phrases a person types
/// (en-US and pt-BR, compared without case or accents). Its card, handler and validation live together.
/// </summary>
public interface IBotCommand
{
    string Verb { get; }

    /// <summary>Typed forms, already normalised (see <see cref="CommandText.Normalize"/>); empty when only buttons reach it.</summary>
    IReadOnlyList<string> Phrases { get; }

    /// <summary>Runs the command and returns the card to show: sent as a message, or in place of the clicked card.</summary>
    Task<AdaptiveCard> ExecuteAsync(CommandContext context);
}
