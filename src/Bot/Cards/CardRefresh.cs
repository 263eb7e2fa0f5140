using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

/// <summary>The card's <c>refresh</c>: an <c>Action.Execute</c> run automatically for <see cref="UserIds"/> (at most 60).</summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    /// <param name="action">Must be an <see cref="ExecuteAction"/> (typed as <see cref="CardAction"/> so it is written with its <c>type</c>).</param>
    [JsonConstructor]
    public CardRefresh(CardAction action)
    {
        Action = action as ExecuteAction
            ?? throw new ArgumentException("A card refresh action must be an Action.Execute.", nameof(action));
    }

    public CardAction Action { get; }

    public IReadOnlyList<string>? UserIds
    {
        get;
        init => field = value is { Count: > MaxUserIds }
            ? throw new ArgumentOutOfRangeException(nameof(value), $"Teams refreshes a card automatically for at most {MaxUserIds} users.")
            : value;
    }
}
