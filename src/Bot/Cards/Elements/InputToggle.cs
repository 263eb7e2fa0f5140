namespace CoopAssistant.Bot.Cards;

/// <summary>A checkbox; submits <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed record InputToggle : CardInput
{
    public InputToggle(string id, string title)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    public string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
