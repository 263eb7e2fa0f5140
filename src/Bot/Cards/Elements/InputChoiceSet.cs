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

    /// <summary>Teams' dynamic typeahead: the choices come from the bot's answer to <c>application/search</c> as the person types
    /// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("choices.data")]
    public DataQuery? ChoicesData { get; init; }
}

/// <summary>A <c>Data.Query</c>: which data set the bot searches for an <see cref="InputChoiceSet"/>'s typeahead.</summary>
public sealed record DataQuery(string Dataset)
{
    public string Type => "Data.Query";

    public int? Count { get; init; }
}
