namespace CoopAssistant.Bot.Cards;

/// <summary>An element toggled by <see cref="ToggleVisibilityAction"/>; <see cref="IsVisible"/> null toggles it.</summary>
public sealed record TargetElement(string ElementId)
{
    public bool? IsVisible { get; init; }
}
