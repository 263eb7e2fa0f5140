namespace CoopAssistant.Bot.Cards;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
