namespace CoopAssistant.Bot.Conversation.Commands;

/// <summary>
/// A card command whose answer is meant for whoever presses or refreshes the card, including people who may not see the claim it
/// names (a claim card shared in a team: the owner gets the claim, anyone else "you don't have access"). The card-action guards do
/// not refuse it: the command checks access itself, answers a card that carries none of the claim's data to those who may not see
/// it, and changes nothing.
/// </summary>
public interface IAnswersEveryViewer : IBotCommand;
