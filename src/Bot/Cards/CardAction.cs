using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

/// <summary>An Adaptive Cards 1.5 action; <c>type</c> is the polymorphic discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    public string? Title { get; init; }

    public string? Id { get; init; }

    public Uri? IconUrl { get; init; }

    /// <summary>Teams renders no positive/destructive styles; leave unset for Teams cards.</summary>
    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    public ActionMode? Mode { get; init; }

    /// <summary>What an older client shows instead (for <c>Action.Execute</c>: an <c>Action.Submit</c> with the same data).</summary>
    public CardAction? Fallback { get; init; }
}
