namespace CoopAssistant.Bot.Cards;

/// <summary>A paragraph of separately styled runs. Runs are plain text (no markdown).</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
