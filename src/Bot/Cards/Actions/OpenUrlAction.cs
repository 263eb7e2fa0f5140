namespace CoopAssistant.Bot.Cards;

public sealed record OpenUrlAction(Uri Url) : CardAction;
