namespace CoopAssistant.Bot.Cards;

/// <summary>Shows a nested card below the actions; create it with <see cref="AdaptiveCard.Nested"/>.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction;
