namespace CoopAssistant.Bot.Cards;

public sealed record InputNumber : CardInput
{
    public InputNumber(string id)
        : base(id)
    {
    }

    public string? Placeholder { get; init; }

    public decimal? Value { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }
}
