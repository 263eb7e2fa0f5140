using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Help;

/// <summary>"help" / "ajuda": the commands, one line each.</summary>
public sealed class HelpCommand : IBotCommand
{
    private readonly CultureCards _cards = new(HelpCard.Create);

    public string Verb => CardVerbs.Help;

    public IReadOnlyList<string> Phrases { get; } = ["help", "ajuda", "menu", "commands", "comandos", "?"];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(_cards.For(context.Culture));
    }
}
