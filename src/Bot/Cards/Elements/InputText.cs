namespace CoopAssistant.Bot.Cards;

public sealed record InputText : CardInput
{
    public InputText(string id)
        : base(id)
    {
    }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public TextInputStyle? Style { get; init; }

    public string? Regex { get; init; }
}
