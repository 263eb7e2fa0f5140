using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

/// <summary>An inline of a <see cref="RichTextBlock"/>; its text is never parsed as markdown.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public bool? Underline { get; init; }

    public CardAction? SelectAction { get; init; }
}
