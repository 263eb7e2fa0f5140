namespace CoopAssistant.Bot.Cards;

/// <summary>One option of an <see cref="InputChoiceSet"/>; do not put a comma in <paramref name="Value"/>.</summary>
public sealed record InputChoice(string Title, string Value);
