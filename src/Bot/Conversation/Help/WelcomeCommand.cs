using System.Collections.Concurrent;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Help;

/// <summary>The welcome card (sent on install; also "hi" / "olá").</summary>
public sealed class WelcomeCommand : IBotCommand
{
    /// <summary>One card per language (the bot speaks two), built and serialised once.</summary>
    private readonly ConcurrentDictionary<string, AdaptiveCard> _cards = new(StringComparer.Ordinal);

    public string Verb => CardVerbs.Welcome;

    public IReadOnlyList<string> Phrases { get; } = ["hi", "hello", "start", "ola", "oi", "bom dia", "boa tarde", "comecar", "inicio"];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(_cards.GetOrAdd(context.Culture.Name, static (_, culture) => WelcomeCard.Create(culture).Reusable(), context.Culture));
    }
}
