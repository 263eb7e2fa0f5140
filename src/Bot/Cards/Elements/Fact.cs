namespace CoopAssistant.Bot.Cards;

/// <summary>A title/value row of a <see cref="FactSet"/>; the value may be rendered as markdown, so escape user text.</summary>
public sealed record Fact(string Title, string Value);
