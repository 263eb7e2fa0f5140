using System.Collections.Concurrent;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Help;

/// <summary>"help" / "ajuda": the commands, one line each.</summary>
public sealed class HelpCommand : IBotCommand
{
    /// <summary>One card per language (the bot speaks two), built and serialised once.</summary>
    private readonly ConcurrentDictionary<string, AdaptiveCard> _cards = new(StringComparer.Ordinal);

    public string Verb => CardVerbs.Help;

    public IReadOnlyList<string> Phrases { get; } = ["help", "ajuda", "menu", "commands", "comandos", "?"];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(_cards.GetOrAdd(context.Culture.Name, static (_, culture) => HelpCard.Create(culture).Reusable(), context.Culture));
    }
}
