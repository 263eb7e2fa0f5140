namespace CoopAssistant.Bot.Cards;

/// <summary>An input element: always has an id (the key of its value in the submitted data).</summary>
public abstract record CardInput : CardElement
{
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown next to the input when it is invalid (client-side or when the bot sends the card back with errors).</summary>
    public string? ErrorMessage { get; init; }
}
