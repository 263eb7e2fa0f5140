namespace CoopAssistant.Bot.Cards;

/// <summary>Text with a subset of markdown. Put user-provided text through <see cref="CardText.Escape"/> first.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
