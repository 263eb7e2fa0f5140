namespace CoopAssistant.Bot.Cards;

public sealed record ToggleVisibilityAction(IReadOnlyList<TargetElement> TargetElements) : CardAction;
