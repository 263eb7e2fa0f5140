namespace CoopAssistant.Bot.Cards;

/// <summary>The body of a Universal Action answer that carries a card: <c>{statusCode, type, value}</c>.</summary>
public sealed record CardInvokeBody(int StatusCode, string Type, AdaptiveCard Value);
