using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Help;

/// <summary>The welcome card (sent on install; also "hi" / "olá").</summary>
public sealed class WelcomeCommand : IBotCommand
{
    private readonly CultureCards _cards = new(WelcomeCard.Create);

    public string Verb => CardVerbs.Welcome;

    public IReadOnlyList<string> Phrases { get; } = ["hi", "hello", "start", "ola", "oi", "bom dia", "boa tarde", "comecar", "inicio"];

    public Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(_cards.For(context.Culture));
    }
}
