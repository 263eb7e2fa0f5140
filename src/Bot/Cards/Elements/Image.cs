namespace CoopAssistant.Bot.Cards;

public sealed record Image(Uri Url) : CardElement
{
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public string? Width { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public CardAction? SelectAction { get; init; }
}
