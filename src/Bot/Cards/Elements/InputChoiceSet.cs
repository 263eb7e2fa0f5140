namespace CoopAssistant.Bot.Cards;

/// <summary>A drop-down or radio/check list; a multi-select submits the chosen values comma-separated.</summary>
public sealed record InputChoiceSet : CardInput
{
    public InputChoiceSet(string id, IReadOnlyList<InputChoice> choices)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Choices = choices;
    }

    public IReadOnlyList<InputChoice> Choices { get; init; }

    public bool? IsMultiSelect { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}
