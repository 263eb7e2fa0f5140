using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>A short line shown at the top of a claim card (what just happened, or why nothing happened).</summary>
public sealed record CardNote(string Text, TextColor Color = TextColor.Default)
{
    public TextBlock ToTextBlock() => new(Text) { Wrap = true, Color = Color, Weight = TextWeight.Bolder };
}
