namespace CoopAssistant.Bot.Cards;

/// <summary>A row of buttons inside the body (for example under a form section).</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
