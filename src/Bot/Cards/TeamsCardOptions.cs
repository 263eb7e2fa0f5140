namespace CoopAssistant.Bot.Cards;

/// <summary>The <c>msteams</c> host extension of a card.</summary>
public sealed record TeamsCardOptions(string? Width)
{
    public static TeamsCardOptions FullWidth { get; } = new("Full");
}
